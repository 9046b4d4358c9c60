package org.eassms.eas.protocol.settings;

import static org.eassms.eas.protocol.common.Values.expectRoot;
import static org.eassms.eas.protocol.common.Values.intOf;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.wbxml.codepage.Settings;
import org.eassms.eas.wbxml.dom.Element;

/** Settings requests and responses to and from element trees (MS-ASCMD 2.2.1.18). */
public final class SettingsCodec {
    private SettingsCodec() {}

    public static SettingsRequest decodeRequest(Element root) {
        expectRoot(root, Settings.SETTINGS);
        DeviceInformation device = null;
        boolean userInformationGet = false;
        String unsupported = null;
        for (Element part : root.elements()) {
            if (part.tag() == Settings.DEVICE_INFORMATION) {
                Element set = part.child(Settings.SET);
                if (set == null) {
                    throw new ProtocolException("Settings:DeviceInformation lacks Set");
                }
                device = DeviceInformation.decode(set);
            } else if (part.tag() == Settings.USER_INFORMATION) {
                userInformationGet = part.has(Settings.GET);
            } else if (unsupported == null) {
                unsupported = part.tag().xmlName();
            }
        }
        return new SettingsRequest(device, userInformationGet, unsupported);
    }

    public static Element encodeRequest(SettingsRequest request) {
        Element root = Element.of(Settings.SETTINGS);
        if (request.deviceInformation() != null) {
            root.add(request.deviceInformation().encode());
        }
        if (request.userInformationGet()) {
            root.add(Element.of(Settings.USER_INFORMATION).addEmpty(Settings.GET));
        }
        return root;
    }

    public static SettingsResponse decodeResponse(Element root) {
        expectRoot(root, Settings.SETTINGS);
        Element device = root.child(Settings.DEVICE_INFORMATION);
        Element user = root.child(Settings.USER_INFORMATION);
        List<String> addresses = new ArrayList<>();
        String primary = null;
        String displayName = null;
        Element get = user == null ? null : user.child(Settings.GET);
        if (get != null) {
            Element emails = get.child(Settings.EMAIL_ADDRESSES);
            Element account =
                    get.child(Settings.ACCOUNTS) == null
                            ? null
                            : get.child(Settings.ACCOUNTS).child(Settings.ACCOUNT);
            if (account != null) {
                emails = account.child(Settings.EMAIL_ADDRESSES);
                displayName = account.textOf(Settings.USER_DISPLAY_NAME);
            }
            if (emails != null) {
                for (Element address : emails.elements(Settings.SMTP_ADDRESS)) {
                    addresses.add(address.text());
                }
                primary = emails.textOf(Settings.PRIMARY_SMTP_ADDRESS);
            }
        }
        Integer status = intOf(root, Settings.STATUS);
        return new SettingsResponse(
                status == null ? 1 : status,
                device == null ? null : intOf(device, Settings.STATUS),
                user == null ? null : intOf(user, Settings.STATUS),
                addresses,
                primary,
                displayName);
    }

    public static Element encodeResponse(SettingsResponse response) {
        Element root =
                Element.of(Settings.SETTINGS)
                        .add(Settings.STATUS, Integer.toString(response.status()));
        if (response.deviceInformationStatus() != null) {
            root.add(
                    Element.of(Settings.DEVICE_INFORMATION)
                            .add(Settings.STATUS, response.deviceInformationStatus().toString()));
        }
        if (response.userInformationStatus() != null) {
            Element user =
                    Element.of(Settings.USER_INFORMATION)
                            .add(Settings.STATUS, response.userInformationStatus().toString());
            if (!response.emailAddresses().isEmpty() || response.primarySmtpAddress() != null) {
                Element emails = Element.of(Settings.EMAIL_ADDRESSES);
                for (String address : response.emailAddresses()) {
                    emails.add(Settings.SMTP_ADDRESS, address);
                }
                emails.addIfPresent(Settings.PRIMARY_SMTP_ADDRESS, response.primarySmtpAddress());
                Element get = Element.of(Settings.GET);
                if (response.userDisplayName() != null || response.primarySmtpAddress() != null) {
                    get.add(
                            Element.of(Settings.ACCOUNTS)
                                    .add(
                                            Element.of(Settings.ACCOUNT)
                                                    .addIfPresent(
                                                            Settings.USER_DISPLAY_NAME,
                                                            response.userDisplayName())
                                                    .add(emails)));
                } else {
                    get.add(emails);
                }
                user.add(get);
            }
            root.add(user);
        }
        return root;
    }
}
