package org.eassms.eas.sync.view;

import org.eassms.eas.protocol.sync.ItemClass;

/**
 * A class a device stopped asking for, whose items are being soft-deleted from its view (MS-ASMS
 * 3.1.4.1.1.1), with the FilterType of the block it dropped, so that only items it was sent are
 * soft-deleted. Null {@code filterType}: the dropped block had none.
 */
public record Withdrawal(ItemClass itemClass, Integer filterType) {}
