package org.eassms.eas.protocol.provision;

import org.eassms.eas.wbxml.codepage.Provision;

/** One setting of an EASProvisionDoc (MS-ASPROV 2.2.2), e.g. DevicePasswordEnabled = 0. */
public record PolicySetting(Provision tag, String value) {}
