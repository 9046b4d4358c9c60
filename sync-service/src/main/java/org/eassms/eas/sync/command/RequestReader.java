package org.eassms.eas.sync.command;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.wbxml.dom.Element;
import org.jboss.logging.Logger;

/**
 * Reads a command's body as its typed request, or answers a body it cannot read (an empty one
 * included) with the command's own protocol-error answer and one log line: nothing is changed and
 * the client is told, never a 5xx (MS-ASCMD 2.2.2, Status 4 or the command's equivalent).
 *
 * @param <R> the command's request
 */
public final class RequestReader<R> {
    private static final Logger LOG = Logger.getLogger(RequestReader.class);

    private final String command;
    private final Function<Element, R> decoder;
    private final Supplier<CommandResult> malformed;

    /**
     * @param decoder the codec's decoder, which throws {@link ProtocolException} for a malformed
     *     body
     * @param malformed the answer to a malformed body
     */
    public RequestReader(
            String command, Function<Element, R> decoder, Supplier<CommandResult> malformed) {
        this.command = command;
        this.decoder = decoder;
        this.malformed = malformed;
    }

    /** The request read from {@code body} goes on to {@code then}; a malformed body stops here. */
    public Uni<CommandResult> read(
            CommandContext context, Element body, Function<R, Uni<CommandResult>> then) {
        R request;
        try {
            if (body == null) {
                throw new ProtocolException("empty " + command + " request");
            }
            request = decoder.apply(body);
        } catch (ProtocolException e) {
            LOG.infof("%s from %s rejected: %s", command, context.deviceId(), e.getMessage());
            return Uni.createFrom().item(malformed.get());
        }
        return then.apply(request);
    }
}
