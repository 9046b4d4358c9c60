package org.eassms.eas.sync.command;

import io.smallrye.mutiny.Uni;
import org.eassms.eas.wbxml.dom.Element;

/** One ActiveSync command (the {@code Cmd} parameter). */
public interface CommandHandler {

    /** The Cmd value it serves, e.g. {@code FolderSync}. */
    String command();

    /**
     * Whether a device must be provisioned first (every command but Provision and Ping, MS-ASPROV
     * 3.1.5.1).
     */
    default boolean requiresProvisioning() {
        return true;
    }

    /**
     * Whether the handler checks provisioning itself, on the device row its transaction loads
     * anyway ({@link DeviceRegistry#findProvisioned}), failing with {@link
     * ProvisioningRequiredException}; then the front door does not spend a query and a connection
     * on a check of its own.
     */
    default boolean checksProvisioningInItsTransaction() {
        return false;
    }

    /**
     * Whether a request may hang (wait for changes without a byte on the wire, MS-ASCMD 2.2.1.13
     * and 2.2.1.21): its connection may then stay silent for the whole interval.
     */
    default boolean mayHang() {
        return false;
    }

    /**
     * Handles a request whose body is {@code request} (null for an empty body). Well-formed but
     * invalid requests are answered with the command's protocol-error status, not an exception.
     */
    Uni<CommandResult> handle(CommandContext context, Element request);

    /**
     * The command's answer when the device must provision first: its root element with Status 142.
     */
    Element provisioningRequired();
}
