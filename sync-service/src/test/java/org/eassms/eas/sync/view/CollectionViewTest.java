package org.eassms.eas.sync.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.junit.jupiter.api.Test;

/** The rules of a device's view of a collection, without a server. */
class CollectionViewTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final SyncOptions EMAIL = email(2);
    private static final SyncOptions SMS_WEEK = SyncOptions.sms(3, null);

    private static SyncOptions email(Integer filterType) {
        return new SyncOptions(null, filterType, List.of(), null, null, null, null);
    }

    private static OptionBlocks blocks(SyncOptions... blocks) {
        return OptionBlocks.of(List.of(blocks));
    }

    @Test
    void withoutBlocksADeviceIsSentItsUnfilteredEmailOnly() {
        assertEquals(List.of(ItemClass.EMAIL), OptionBlocks.NONE.wantedClasses());
        assertFalse(OptionBlocks.NONE.wants(ItemClass.SMS));
        assertNull(OptionBlocks.NONE.cutoffOf(ItemClass.EMAIL, NOW));
    }

    @Test
    void smsIsSentOnlyUnderItsOwnBlockAndEachClassHasItsCutoff() {
        OptionBlocks both = blocks(EMAIL, SMS_WEEK);
        assertEquals(List.of(ItemClass.EMAIL, ItemClass.SMS), both.wantedClasses());
        assertSame(SMS_WEEK, both.blockFor(ItemClass.SMS));
        assertEquals(NOW.minus(Duration.ofDays(7)), both.cutoffOf(ItemClass.SMS, NOW));
        assertEquals(NOW.minus(Duration.ofDays(3)), both.cutoffOf(ItemClass.EMAIL, NOW));
        assertEquals(List.of(ItemClass.EMAIL), blocks(EMAIL).wantedClasses());
    }

    @Test
    void theBlocksTheSpecRefusesAreNamed() {
        assertNull(blocks(EMAIL, SMS_WEEK).problem());
        assertEquals("3 Options blocks", blocks(EMAIL, SMS_WEEK, EMAIL).problem());
        assertEquals("two Options blocks for SMS", blocks(SMS_WEEK, SMS_WEEK).problem());
        assertEquals("two Options blocks for Email", blocks(EMAIL, email(1)).problem());
        assertEquals("FilterType 9", blocks(email(9)).problem());
        assertEquals(
                "Options Class Calendar",
                blocks(new SyncOptions("Calendar", null, List.of(), null, null, null, null))
                        .problem());
    }

    @Test
    void aFirstSyncHasBeenSentNothing() {
        CollectionView view = CollectionView.startingWith(blocks(SMS_WEEK));
        assertEquals(0, view.modseq());
        assertNull(view.nextWithdrawal());
        assertTrue(view.horizons().isEmpty());
    }

    @Test
    void aClassNoLongerAskedForIsWithdrawnUnderTheFilterItWasSentWith() {
        CollectionView view = CollectionView.startingWith(blocks(EMAIL, SMS_WEEK)).sentUpTo(40);

        CollectionView dropped = view.withOptions(blocks(EMAIL));

        assertEquals(new Withdrawal(ItemClass.SMS, 3), dropped.nextWithdrawal());
        assertEquals(blocks(EMAIL), dropped.options());
        assertEquals(40, dropped.modseq());
        assertEquals(
                NOW.minus(Duration.ofDays(7)), dropped.viewStart(dropped.nextWithdrawal(), NOW));
    }

    @Test
    void aClassAskedForAgainStopsBeingWithdrawn() {
        CollectionView dropped =
                CollectionView.startingWith(blocks(EMAIL, SMS_WEEK))
                        .withOptions(blocks(EMAIL))
                        .withdrawnThrough(17);

        CollectionView back = dropped.withOptions(blocks(EMAIL, SMS_WEEK));

        assertNull(back.nextWithdrawal());
        assertEquals(0, back.withdrawnThroughId());
    }

    @Test
    void theCursorBelongsToTheFirstWithdrawalOnly() {
        CollectionView bothDropped =
                CollectionView.startingWith(blocks(EMAIL, SMS_WEEK))
                        .withOptions(blocks(SMS_WEEK))
                        .withdrawnThrough(17)
                        .withOptions(OptionBlocks.of(List.of(SyncOptions.sms(null, null))));
        // Email is still first: its cursor stays; SMS is asked for again.
        assertEquals(17, bothDropped.withdrawnThroughId());

        CollectionView smsFirst =
                CollectionView.startingWith(blocks(EMAIL, SMS_WEEK))
                        .withOptions(blocks(EMAIL))
                        .withdrawnThrough(17);
        Withdrawal sms = smsFirst.nextWithdrawal();
        assertEquals(17, smsFirst.withdrawnThroughIdOf(sms));
        assertEquals(0, smsFirst.withdrawnThroughIdOf(new Withdrawal(ItemClass.EMAIL, null)));
    }

    @Test
    void aCompletedWithdrawalLeavesNoHorizonBehind() {
        Horizon horizon = Horizon.through(NOW.minus(Duration.ofDays(2)), 9);
        CollectionView view =
                CollectionView.startingWith(blocks(EMAIL, SMS_WEEK))
                        .withHorizon(ItemClass.SMS, horizon)
                        .withOptions(blocks(EMAIL));
        // The horizon, not the dropped block's cutoff, says where the device's view began.
        assertEquals(horizon.date(), view.viewStart(view.nextWithdrawal(), NOW));

        CollectionView done = view.withdrawnThrough(30).withdrawalDone();

        assertNull(done.nextWithdrawal());
        assertEquals(0, done.withdrawnThroughId());
        assertNull(done.horizonOf(ItemClass.SMS));
    }

    @Test
    void aViewIsAValueSoTheOneARequestStartedFromStaysAsItWas() {
        CollectionView before = CollectionView.startingWith(blocks(SMS_WEEK));
        CollectionView after =
                before.sentUpTo(12)
                        .withHorizon(ItemClass.SMS, Horizon.at(NOW))
                        .withOptions(blocks(EMAIL));
        assertEquals(CollectionView.startingWith(blocks(SMS_WEEK)), before);
        assertFalse(after.equals(before));
        assertNull(after.withHorizon(ItemClass.SMS, null).horizonOf(ItemClass.SMS));
    }
}
