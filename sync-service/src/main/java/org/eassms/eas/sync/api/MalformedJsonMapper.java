package org.eassms.eas.sync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eassms.eas.sync.validation.Text;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body Jackson cannot read into the endpoint's type (broken syntax, a duplicate key, a value
 * of the wrong kind; 413 for one too large or deep) is the client's mistake: 400 with one log line,
 * never a 500 and a stack trace.
 */
public class MalformedJsonMapper {
    private static final Logger LOG = Logger.getLogger(MalformedJsonMapper.class);

    /**
     * Quarkus REST's JSON reader wraps most of Jackson's refusals in a bare 400 that nothing logs;
     * unwrapped here so they are answered and logged like the rest. Other web exceptions keep their
     * own response.
     */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json);
        }
        return e.getResponse();
    }

    /** A value of the wrong kind; Quarkus REST has its own mapper for it, which logs nothing. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return malformed(e);
    }

    /** Jackson wraps the parser's limit in a mapping exception when it trips inside a value. */
    private static boolean tooLargeOrDeep(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        // The message may quote the client's text: no control character reaches the log.
        String problem = Text.forLog(e.getOriginalMessage());
        LOG.infof("rejected a JSON body: %s", problem);
        if (tooLargeOrDeep(e)) {
            return Response.status(413)
                    .entity(
                            Map.of(
                                    "errors",
                                    List.of("the body is larger or deeper than this call takes")))
                    .build();
        }
        return Response.status(400)
                .entity(Map.of("errors", List.of("the body is not the JSON this call takes")))
                .build();
    }
}
