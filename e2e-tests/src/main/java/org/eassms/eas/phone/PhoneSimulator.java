package org.eassms.eas.phone;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.testsupport.eas.EasClient;
import org.eassms.eas.testsupport.eas.EasDevice;

/**
 * A phone that relays its user's outgoing SMS (MS-ASMS 3.1.5.1): provisions, registers with
 * Settings EnableOutboundSMS=1 and its number, keeps a hanging Sync on its Outbox, and for each SMS
 * that arrives "sends" it (prints it), deletes it from the Outbox and files it in Sent Items with
 * {@code From "Name" [MOBILE:+number]} and the time it was sent.
 *
 * <pre>java -cp e2e-tests/target/phone-simulator.jar org.eassms.eas.phone.PhoneSimulator \
 *     http://127.0.0.1:8080 demo demo-password +14255550123 "Demo Phone"</pre>
 */
public class PhoneSimulator {
    private final EasDevice phone;
    private final String number;
    private final String name;
    private final int heartbeatSeconds;

    /** Where the phone's SMS go out: the mobile network, here whoever listens. */
    private volatile Consumer<MessageData> radio = sms -> {};

    /**
     * SMS the phone holds and has not sent yet: their deletion from the Outbox was not answered
     * (the connection broke). A phone keeps them and asks again with the same SyncKey, which the
     * server answers as a retry (MS-ASCMD 2.2.3.166.4), before it hangs again; sending them only
     * once the deletion is known keeps each SMS sent once.
     */
    private List<SyncCommand> inHand = List.of();

    /** Sent SMS whose copy in Sent Items was not acknowledged: filed again on the next round. */
    private List<MessageData> toFile = List.of();

    public PhoneSimulator(EasDevice phone, String number, String name, int heartbeatSeconds) {
        this.phone = phone;
        this.number = number;
        this.name = name;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    /** The phone's ActiveSync side. */
    public EasDevice device() {
        return phone;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println(
                    "usage: PhoneSimulator <base-url> <user> <password> <phone-number> [name]"
                            + " [heartbeat-s] [sync|ping]");
            System.exit(2);
        }
        String name = args.length > 4 ? args[4] : "Simulated Phone";
        int heartbeat = args.length > 5 ? Integer.parseInt(args[5]) : 600;
        boolean byPing = args.length > 6 && args[6].equals("ping");
        EasClient client =
                new EasClient(
                        args[0],
                        args[1],
                        args[2],
                        "sim" + Math.abs(args[3].hashCode()),
                        "SmsPhone");
        PhoneSimulator simulator =
                new PhoneSimulator(new EasDevice(client), args[3], name, heartbeat);
        simulator.register();
        System.out.println(
                "registered "
                        + args[3]
                        + " as the SMS transport of "
                        + args[1]
                        + "; waiting for SMS with a hanging "
                        + (byPing ? "Ping" : "Sync"));
        while (true) {
            if (byPing) {
                simulator.relayOnceByPing();
            } else {
                simulator.relayOnce();
            }
        }
    }

    /**
     * Provision, FolderSync, Settings EnableOutboundSMS=1 with the number, prime Outbox and Sent
     * Items.
     */
    public SettingsResponse register() throws IOException, InterruptedException {
        phone.provision();
        phone.folderSync();
        SettingsResponse response =
                phone.settings(
                        new DeviceInformation(
                                "EAS SMS simulator",
                                null,
                                name,
                                "Simulator",
                                "en-US",
                                number,
                                "EasSmsPhone/1.0",
                                1,
                                "Loopback"));
        phone.prime(Folder.OUTBOX);
        phone.prime(Folder.SENT_ITEMS);
        phone.prime(Folder.INBOX);
        return response;
    }

    /**
     * An SMS arrives over the mobile network: the phone files it in the Inbox (MS-ASMS 3.1.4.1.2),
     * as received at {@code when}.
     */
    public void receive(String from, String text, Instant when)
            throws IOException, InterruptedException {
        phone.addSms(
                Folder.INBOX,
                MessageData.sms("\"" + name + "\" [MOBILE:" + number + "]", from, when, text));
    }

    /**
     * Called with each SMS the moment the phone sends it over the network (after deleting it from
     * the Outbox, before filing it in Sent Items: MS-ASMS 3.1.5.1).
     */
    public void onSend(Consumer<MessageData> listener) {
        this.radio = listener;
    }

    /**
     * One hanging Sync on the Outbox; sends and files whatever SMS it brings. Returns the SMS sent.
     */
    public List<MessageData> relayOnce() throws IOException, InterruptedException {
        if (holdsUnfinishedWork()) {
            return sendAndFile(null);
        }
        return sendAndFile(phone.sync(phone.folder(Folder.OUTBOX), List.of(), heartbeatSeconds));
    }

    /**
     * The Ping way (MS-ASCMD 2.2.1.13): Ping the Outbox; when it reports a change, Sync it and send
     * and file what it brings. Returns the SMS sent (none when the Ping expired).
     */
    public List<MessageData> relayOnceByPing() throws IOException, InterruptedException {
        if (holdsUnfinishedWork()) {
            return sendAndFile(null);
        }
        PingResponse ping = phone.ping(List.of(Folder.OUTBOX), heartbeatSeconds);
        if (ping.status() != 2 || !ping.folders().contains(phone.folder(Folder.OUTBOX))) {
            return List.of();
        }
        return sendAndFile(phone.sync(phone.folder(Folder.OUTBOX), List.of(), null));
    }

    /**
     * Sends every SMS the response brings (or the phone still holds), deletes them from the Outbox
     * and files them in Sent Items. The Sync that deletes them may bring SMS queued meanwhile:
     * those are sent the same way, until a response brings none (a phone that ignored them would
     * never send them: the server counts them as delivered). When a request fails, what the phone
     * holds stays held and the next round goes on from there.
     */
    private List<MessageData> sendAndFile(SyncCollectionResponse changes)
            throws IOException, InterruptedException {
        String outbox = phone.folder(Folder.OUTBOX);
        List<MessageData> sent = new ArrayList<>();
        fileWhatWasSent();
        if (inHand.isEmpty()) {
            inHand = smsAdds(changes);
        }
        while (!inHand.isEmpty()) {
            for (SyncCommand add : inHand) {
                System.out.printf("SENDING to %s: %s%n", add.data().to(), add.data().body().data());
            }
            // MS-ASMS 3.1.5.1: delete from the Outbox, send over the network, then add to Sent
            // Items.
            SyncCollectionResponse afterDelete =
                    phone.sync(
                            outbox,
                            inHand.stream()
                                    .map(a -> SyncCommand.delete(null, a.serverId()))
                                    .toList(),
                            null);
            List<MessageData> filed = new ArrayList<>(inHand.size());
            for (SyncCommand add : inHand) {
                radio.accept(add.data());
                sent.add(add.data());
                filed.add(filed(add.data()));
            }
            inHand = smsAdds(afterDelete);
            toFile = filed;
            fileWhatWasSent();
        }
        return sent;
    }

    private boolean holdsUnfinishedWork() {
        return !inHand.isEmpty() || !toFile.isEmpty();
    }

    /** Filed together, in one Sync, as a phone does with a batch it sent. */
    private void fileWhatWasSent() throws IOException, InterruptedException {
        if (!toFile.isEmpty()) {
            phone.addSms(Folder.SENT_ITEMS, toFile);
            toFile = List.of();
        }
    }

    private static List<SyncCommand> smsAdds(SyncCollectionResponse changes) {
        if (changes == null) {
            return List.of();
        }
        return changes.commands().stream()
                .filter(c -> c.type() == SyncCommand.Type.ADD && ItemClass.SMS.is(c.itemClass()))
                .toList();
    }

    /** The copy filed in Sent Items: from this phone, sent now. */
    private MessageData filed(MessageData sms) {
        return new MessageData(
                sms.to(),
                null,
                "\"" + name + "\" [MOBILE:" + number + "]",
                null,
                Instant.now(),
                null,
                sms.importance(),
                true,
                null,
                sms.body(),
                sms.internetCpid(),
                null,
                sms.conversationId(),
                sms.conversationIndex());
    }
}
