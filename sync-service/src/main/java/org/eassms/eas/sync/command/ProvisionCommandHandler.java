package org.eassms.eas.sync.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.common.CommonStatus;
import org.eassms.eas.protocol.provision.PolicySetting;
import org.eassms.eas.protocol.provision.PolicyStatus;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.provision.ProvisionResponse;
import org.eassms.eas.protocol.provision.ProvisionStatus;
import org.eassms.eas.sync.domain.AuditRecord;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.repository.UserRepository;
import org.eassms.eas.wbxml.codepage.Provision;
import org.eassms.eas.wbxml.dom.Element;
import org.jboss.logging.Logger;

/**
 * Provision (MS-ASPROV 3.2.5): phase one hands out a permissive policy and a temporary key, phase
 * two swaps the acknowledged temporary key for the permanent one the device then sends as
 * X-MS-PolicyKey. The policy asks for nothing (no device password, no encryption), so real phones
 * proceed without prompting the user.
 */
@ApplicationScoped
public class ProvisionCommandHandler implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(ProvisionCommandHandler.class);

    private static final RequestReader<ProvisionRequest> READER =
            new RequestReader<>(
                    "Provision",
                    ProvisionCodec::decodeRequest,
                    () ->
                            CommandResult.of(
                                    ProvisionCodec.encodeResponse(
                                            new ProvisionResponse(
                                                    ProvisionStatus.PROTOCOL_ERROR.code(),
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null))));

    private static final List<PolicySetting> PERMISSIVE_POLICY =
            List.of(
                    new PolicySetting(Provision.DEVICE_PASSWORD_ENABLED, "0"),
                    new PolicySetting(Provision.ALPHANUMERIC_DEVICE_PASSWORD_REQUIRED, "0"),
                    new PolicySetting(Provision.REQUIRE_STORAGE_CARD_ENCRYPTION, "0"),
                    new PolicySetting(Provision.ATTACHMENTS_ENABLED, "1"),
                    new PolicySetting(Provision.ALLOW_SIMPLE_DEVICE_PASSWORD, "1"),
                    new PolicySetting(Provision.ALLOW_STORAGE_CARD, "1"),
                    new PolicySetting(Provision.ALLOW_CAMERA, "1"),
                    new PolicySetting(Provision.REQUIRE_DEVICE_ENCRYPTION, "0"),
                    new PolicySetting(Provision.ALLOW_WI_FI, "1"),
                    new PolicySetting(Provision.ALLOW_POPIMAP_EMAIL, "1"),
                    new PolicySetting(Provision.ALLOW_HTML_EMAIL, "1"),
                    new PolicySetting(Provision.ALLOW_BROWSER, "1"),
                    new PolicySetting(Provision.ALLOW_CONSUMER_EMAIL, "1"));

    private final SecureRandom random = new SecureRandom();
    private final DeviceRegistry devices;
    private final UserRepository users;

    ProvisionCommandHandler(DeviceRegistry devices, UserRepository users) {
        this.devices = devices;
        this.users = users;
    }

    /**
     * The policy offered to a user's devices: permissive, with AllowTextMessaging (MS-ASPROV
     * 2.2.2.16) as the user's setting says.
     */
    private static List<PolicySetting> policyFor(boolean textMessaging) {
        return textMessaging ? WITH_TEXT_MESSAGING : WITHOUT_TEXT_MESSAGING;
    }

    private static final List<PolicySetting> WITH_TEXT_MESSAGING =
            withTextMessaging(PERMISSIVE_POLICY, "1");
    private static final List<PolicySetting> WITHOUT_TEXT_MESSAGING =
            withTextMessaging(PERMISSIVE_POLICY, "0");

    private static List<PolicySetting> withTextMessaging(List<PolicySetting> policy, String value) {
        List<PolicySetting> all = new ArrayList<>(policy);
        all.add(new PolicySetting(Provision.ALLOW_TEXT_MESSAGING, value));
        return List.copyOf(all);
    }

    @Override
    public String command() {
        return "Provision";
    }

    @Override
    public boolean requiresProvisioning() {
        return false;
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element body) {
        return READER.read(context, body, request -> provision(context, request));
    }

    private Uni<CommandResult> provision(CommandContext context, ProvisionRequest request) {
        if (request.policyType() == null) {
            return wipeExchange(context, request);
        }
        Integer deviceStatus = request.deviceInformation() == null ? null : 1;
        if (!ProvisionRequest.POLICY_TYPE.equals(request.policyType())) {
            return respond(
                    new ProvisionResponse(
                            ProvisionStatus.SUCCESS.code(),
                            deviceStatus,
                            request.policyType(),
                            PolicyStatus.UNKNOWN_POLICY_TYPE.code(),
                            null,
                            null));
        }
        return Panache.withTransaction(
                        () ->
                                devices.findOrCreate(context)
                                        .chain(
                                                device ->
                                                        users.allowsTextMessaging(device.userId)
                                                                .map(
                                                                        textMessaging ->
                                                                                answer(
                                                                                        device,
                                                                                        request,
                                                                                        deviceStatus,
                                                                                        textMessaging))))
                .map(response -> CommandResult.of(ProvisionCodec.encodeResponse(response)));
    }

    /** A device asked to wipe gets the directive instead of a policy (MS-ASPROV 3.2.5.1.2.1). */
    private static ProvisionResponse wipeDirective(Device device) {
        LOG.infof("device %s of user %d told to wipe itself", device.deviceId, device.userId);
        return ProvisionResponse.remoteWipe(ProvisionStatus.SUCCESS.code());
    }

    /**
     * An empty Provision (a client asking what it must do) or a RemoteWipe acknowledgement. For a
     * device asked to wipe: the directive, or, once acknowledged, the acknowledgement recorded and
     * answered Status 1 if it wiped, 2 and the directive again if it failed (MS-ASPROV
     * 3.2.5.1.2.2). For any other device an acknowledgement is accepted and there is nothing to say
     * to an empty Provision (protocol error).
     */
    private Uni<CommandResult> wipeExchange(CommandContext context, ProvisionRequest request) {
        return Panache.withTransaction(
                        () ->
                                devices.findOrCreate(context)
                                        .chain(
                                                device ->
                                                        wipeAnswer(
                                                                context,
                                                                request.remoteWipeStatus(),
                                                                device)))
                .map(response -> CommandResult.of(ProvisionCodec.encodeResponse(response)));
    }

    private static Uni<ProvisionResponse> wipeAnswer(
            CommandContext context, Integer reported, Device device) {
        if (device.isToBeWiped()) {
            return reported == null
                    ? Uni.createFrom().item(wipeDirective(device))
                    : wiped(context, device, reported);
        }
        ProvisionStatus status =
                reported != null ? ProvisionStatus.SUCCESS : ProvisionStatus.PROTOCOL_ERROR;
        return Uni.createFrom()
                .item(new ProvisionResponse(status.code(), null, null, null, null, null));
    }

    private static Uni<ProvisionResponse> wiped(
            CommandContext context, Device device, int reported) {
        device.wipeAcknowledged(reported);
        LOG.infof(
                "device %s of user %d acknowledged the remote wipe: status %d",
                device.deviceId, device.userId, reported);
        return AuditRecord.of(
                        "device", "wipe-acknowledged", context.user().username(), device.deviceId)
                .persist()
                .replaceWith(
                        ProvisionResponse.remoteWipe(
                                reported == 1
                                        ? ProvisionStatus.SUCCESS.code()
                                        : ProvisionStatus.PROTOCOL_ERROR.code()));
    }

    private ProvisionResponse answer(
            Device device, ProvisionRequest request, Integer deviceStatus, boolean textMessaging) {
        if (device.isToBeWiped()) {
            return wipeDirective(device);
        }
        return request.isAcknowledgement()
                ? acknowledge(device, request, deviceStatus)
                : offer(device, deviceStatus, textMessaging);
    }

    private ProvisionResponse offer(Device device, Integer deviceStatus, boolean textMessaging) {
        device.policyKey = newKey();
        device.provisioned = false;
        LOG.debugf("Provision phase 1 for device %s: temporary key issued", device.deviceId);
        return new ProvisionResponse(
                ProvisionStatus.SUCCESS.code(),
                deviceStatus,
                ProvisionRequest.POLICY_TYPE,
                PolicyStatus.SUCCESS.code(),
                device.policyKey.toString(),
                policyFor(textMessaging));
    }

    private ProvisionResponse acknowledge(
            Device device, ProvisionRequest request, Integer deviceStatus) {
        if (device.policyKey == null || !device.policyKey.toString().equals(request.policyKey())) {
            LOG.infof("Provision phase 2 for device %s: wrong policy key", device.deviceId);
            return new ProvisionResponse(
                    ProvisionStatus.SUCCESS.code(),
                    deviceStatus,
                    ProvisionRequest.POLICY_TYPE,
                    PolicyStatus.WRONG_POLICY_KEY.code(),
                    null,
                    null);
        }
        device.policyKey = newKey();
        device.provisioned = true;
        LOG.infof("device %s of user %d provisioned", device.deviceId, device.userId);
        return new ProvisionResponse(
                ProvisionStatus.SUCCESS.code(),
                deviceStatus,
                ProvisionRequest.POLICY_TYPE,
                PolicyStatus.SUCCESS.code(),
                device.policyKey.toString(),
                null);
    }

    /** A non-zero unsigned 32-bit key, as the base64 query form can carry. */
    private long newKey() {
        return 1 + (random.nextLong() & 0xFFFF_FFFEL);
    }

    private static Uni<CommandResult> respond(ProvisionResponse response) {
        return Uni.createFrom().item(CommandResult.of(ProvisionCodec.encodeResponse(response)));
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(Provision.PROVISION)
                .add(Provision.STATUS, CommonStatus.DEVICE_NOT_PROVISIONED.text());
    }
}
