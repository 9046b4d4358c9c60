package org.eassms.eas.sync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eassms.eas.sync.validation.Text;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body Jackson cannot read into the endpoint's type (broken syntax, a duplicate key, a value
 * of the wrong kind) is the client's mistake: 400 with one log line, never a 500 and a stack trace.
 */
public class MalformedJsonMapper {
    private static final Logger LOG = Logger.getLogger(MalformedJsonMapper.class);

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        // The message may quote the client's text: no control character reaches the log.
        String problem = Text.forLog(e.getOriginalMessage());
        LOG.infof("rejected a JSON body: %s", problem);
        return Response.status(400)
                .entity(Map.of("errors", List.of("the body is not the JSON this call takes")))
                .build();
    }
}
