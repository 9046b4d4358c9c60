package org.eassms.eas.protocol.provision;

import static org.eassms.eas.protocol.common.Values.expectRoot;
import static org.eassms.eas.protocol.common.Values.intOf;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.wbxml.codepage.Provision;
import org.eassms.eas.wbxml.codepage.Settings;
import org.eassms.eas.wbxml.dom.Element;

/** Provision requests and responses to and from element trees (MS-ASPROV, MS-ASCMD 2.2.1.14). */
public final class ProvisionCodec {
    private ProvisionCodec() {}

    public static ProvisionRequest decodeRequest(Element root) {
        expectRoot(root, Provision.PROVISION);
        Element device = root.child(Settings.DEVICE_INFORMATION);
        Element set = device == null ? null : device.child(Settings.SET);
        Element policy = policyOf(root);
        Element wipe = root.child(Provision.REMOTE_WIPE);
        // An empty Provision is what a client sends when told a remote wipe is requested
        // (MS-ASPROV 3.1.5.1.1); device information alone is a mistake.
        if (policy == null && wipe == null && device != null) {
            throw new ProtocolException("Provision lacks Policies/Policy and RemoteWipe");
        }
        return new ProvisionRequest(
                set == null ? null : DeviceInformation.decode(set),
                policy == null ? null : policy.textOf(Provision.POLICY_TYPE),
                policy == null ? null : policy.textOf(Provision.POLICY_KEY),
                policy == null ? null : intOf(policy, Provision.STATUS),
                wipe == null ? null : intOf(wipe, Provision.STATUS));
    }

    public static Element encodeRequest(ProvisionRequest request) {
        Element root = Element.of(Provision.PROVISION);
        if (request.deviceInformation() != null) {
            root.add(request.deviceInformation().encode());
        }
        if (request.policyType() != null) {
            root.add(
                    Element.of(Provision.POLICIES)
                            .add(
                                    Element.of(Provision.POLICY)
                                            .add(Provision.POLICY_TYPE, request.policyType())
                                            .addIfPresent(Provision.POLICY_KEY, request.policyKey())
                                            .addIfPresent(Provision.STATUS, request.status())));
        }
        if (request.remoteWipeStatus() != null) {
            root.add(
                    Element.of(Provision.REMOTE_WIPE)
                            .add(Provision.STATUS, request.remoteWipeStatus().toString()));
        }
        return root;
    }

    public static ProvisionResponse decodeResponse(Element root) {
        expectRoot(root, Provision.PROVISION);
        Element device = root.child(Settings.DEVICE_INFORMATION);
        Element policy = policyOf(root);
        List<PolicySetting> settings = null;
        if (policy != null && policy.child(Provision.DATA) != null) {
            Element doc = policy.child(Provision.DATA).child(Provision.EAS_PROVISION_DOC);
            settings = new ArrayList<>();
            if (doc != null) {
                for (Element setting : doc.elements()) {
                    if (!(setting.tag() instanceof Provision tag)) {
                        throw new ProtocolException(
                                "unexpected " + setting.tag().qualifiedName() + " in policy");
                    }
                    settings.add(new PolicySetting(tag, setting.text()));
                }
            }
        }
        Integer status = intOf(root, Provision.STATUS);
        return new ProvisionResponse(
                status == null ? 1 : status,
                device == null ? null : intOf(device, Settings.STATUS),
                policy == null ? null : policy.textOf(Provision.POLICY_TYPE),
                policy == null ? null : intOf(policy, Provision.STATUS),
                policy == null ? null : policy.textOf(Provision.POLICY_KEY),
                settings,
                root.child(Provision.REMOTE_WIPE) != null);
    }

    public static Element encodeResponse(ProvisionResponse response) {
        Element root =
                Element.of(Provision.PROVISION)
                        .add(Provision.STATUS, Integer.toString(response.status()));
        if (response.deviceInformationStatus() != null) {
            root.add(
                    Element.of(Settings.DEVICE_INFORMATION)
                            .add(Settings.STATUS, response.deviceInformationStatus().toString()));
        }
        if (response.policyType() != null) {
            Element policy =
                    Element.of(Provision.POLICY)
                            .add(Provision.POLICY_TYPE, response.policyType())
                            .addIfPresent(Provision.STATUS, response.policyStatus())
                            .addIfPresent(Provision.POLICY_KEY, response.policyKey());
            if (response.settings() != null) {
                Element doc = Element.of(Provision.EAS_PROVISION_DOC);
                for (PolicySetting setting : response.settings()) {
                    doc.add(setting.tag(), setting.value());
                }
                policy.add(Element.of(Provision.DATA).add(doc));
            }
            root.add(Element.of(Provision.POLICIES).add(policy));
        }
        if (response.remoteWipe()) {
            root.add(Element.of(Provision.REMOTE_WIPE));
        }
        return root;
    }

    private static Element policyOf(Element root) {
        Element policies = root.child(Provision.POLICIES);
        return policies == null ? null : policies.child(Provision.POLICY);
    }
}
