package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.SmsStatus;

@ApplicationScoped
public class ItemRepository implements PanacheRepository<Item> {

    /**
     * The next value of the change sequence for a change to an item of {@code folderId}, taken
     * under a lock on the folder's row that the transaction holds until it ends. Writers to one
     * folder therefore commit in the order of their modseqs, and a device that has seen modseq N of
     * a folder can never later find a smaller one committed: without the lock, a transaction that
     * drew 100 but committed after another drew and committed 101 would be skipped for good by a
     * device that synced in between.
     */
    public Uni<Long> nextModseqIn(long folderId) {
        return nextModseqsIn(folderId, 1).map(values -> values.get(0));
    }

    /**
     * {@code count} values of the change sequence for changes to items of {@code folderId}, under
     * the same lock as {@link #nextModseqIn}, ascending, in one statement: a request's client
     * commands draw theirs at once instead of one round trip each.
     */
    public Uni<List<Long>> nextModseqsIn(long folderId, int count) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(
                                                "with locked as materialized (select id from eas_folder"
                                                        + " where id = :folder for no key update)"
                                                        + " select nextval('eas_modseq') from locked,"
                                                        + " generate_series(1, :count)",
                                                Long.class)
                                        .setParameter("folder", folderId)
                                        .setParameter("count", count)
                                        .getResultList())
                .map(values -> values.stream().sorted().toList());
    }

    /** The next value of the global change sequence (folder hierarchy changes). */
    public Uni<Long> nextModseq() {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(
                                                "select nextval('eas_modseq')", Long.class)
                                        .getSingleResult());
    }

    /** The latest modseq in use (0 when nothing changed yet). */
    public Uni<Long> currentModseq(long folderId) {
        return find("select coalesce(max(i.modseq), 0) from Item i where i.folderId = ?1", folderId)
                .project(Long.class)
                .firstResult();
    }

    /**
     * Changes in a folder after {@code sinceModseq} of the given classes, oldest first, one more
     * than {@code limit} so the caller can tell whether more are available. One ordered index read
     * per class (at most two: MS-ASMS allows two Options blocks), each stopping after {@code limit
     * + 1} rows whatever the folder's size, merged by modseq.
     */
    public Uni<List<Item>> changesSince(
            long folderId, long sinceModseq, List<ItemClass> classes, int limit) {
        Uni<List<Item>> merged = Uni.createFrom().item(List.of());
        for (ItemClass itemClass : classes) {
            merged =
                    merged.chain(
                            soFar ->
                                    find(
                                                    "from Item i where i.folderId = ?1"
                                                            + " and i.itemClass = ?2"
                                                            + " and i.modseq > ?3"
                                                            + permitted(itemClass)
                                                            + " order by i.modseq",
                                                    folderId,
                                                    itemClass,
                                                    sinceModseq)
                                            .page(Page.ofSize(limit + 1))
                                            .list()
                                            .map(page -> byModseq(soFar, page, limit + 1)));
        }
        return merged;
    }

    /** The first {@code max} items of two lists that are each in modseq order. */
    private static List<Item> byModseq(List<Item> a, List<Item> b, int max) {
        if (a.isEmpty()) {
            return b;
        }
        List<Item> merged = new java.util.ArrayList<>(Math.min(max, a.size() + b.size()));
        int i = 0;
        int j = 0;
        while (merged.size() < max && (i < a.size() || j < b.size())) {
            boolean fromA = j == b.size() || (i < a.size() && a.get(i).modseq < b.get(j).modseq);
            merged.add(fromA ? a.get(i++) : b.get(j++));
        }
        return merged;
    }

    /**
     * One class a device syncs in a collection and the oldest date it keeps of it (its FilterType),
     * or null for all.
     */
    public record WantedClass(ItemClass itemClass, OffsetDateTime cutoff) {}

    /**
     * The changed items a device is owed, in SQL: not its own change, not the deletion of an item
     * created after {@code since} (it never had it), not a live item received before the class's
     * cutoff. {@code OwedChanges.isOwed} says the same in Java for Sync, which reads the changes
     * anyway; GetItemEstimate counts with this and Ping asks whether one exists, so the three
     * agree.
     */
    private static final String OWED_CHANGE =
            "from Item i where i.folderId = ?1 and i.modseq > ?2 and i.itemClass = ?3"
                    + " and (i.lastChangedBy is null or i.lastChangedBy <> ?4)"
                    + " and (i.deleted = false or i.createdModseq <= ?2)";

    private static final String WITHIN_CUTOFF =
            " and (i.deleted = true or i.dateReceived is null or i.dateReceived >= ?5)";

    /** How many changes of one class the device is owed. One indexed count. */
    public Uni<Long> countOwedChanges(
            long folderId, long sinceModseq, WantedClass wanted, long devicePk) {
        return count(owedQuery(wanted), owedParameters(folderId, sinceModseq, wanted, devicePk));
    }

    /**
     * Whether the device is owed any change of these classes: at most one indexed row per class
     * (MS-ASMS allows two), so a Ping's look does not count a busy folder.
     */
    public Uni<Boolean> anyOwedChange(
            long folderId, long sinceModseq, List<WantedClass> classes, long devicePk) {
        Uni<Boolean> any = Uni.createFrom().item(false);
        for (WantedClass wanted : classes) {
            any =
                    any.chain(
                            found ->
                                    found
                                            ? Uni.createFrom().item(true)
                                            : find(
                                                            "select i.id " + owedQuery(wanted),
                                                            owedParameters(
                                                                    folderId,
                                                                    sinceModseq,
                                                                    wanted,
                                                                    devicePk))
                                                    .project(Long.class)
                                                    .page(Page.ofSize(1))
                                                    .firstResult()
                                                    .map(id -> id != null));
        }
        return any;
    }

    private static String owedQuery(WantedClass wanted) {
        String owed = OWED_CHANGE + permitted(wanted.itemClass());
        return wanted.cutoff() == null ? owed : owed + WITHIN_CUTOFF;
    }

    /**
     * SMS items exist for a device only while their user may use text messaging
     * (AllowTextMessaging, MS-ASPROV 2.2.2.16): one primary-key lookup beside each SMS query, so
     * Sync, GetItemEstimate and Ping keep agreeing, on every replica, the moment an administrator
     * changes it. The user is found through the folder ({@code ?1} in every query that adds this),
     * not through each row's {@code userId}: a condition on the row made PostgreSQL look the user
     * up once per item read (100 lookups in a window of 100), where this one it evaluates once.
     */
    private static final String SMS_PERMITTED =
            " and exists (select u.id from Folder f, User u where f.id = ?1 and u.id = f.userId"
                    + " and u.allowTextMessaging = true)";

    private static String permitted(ItemClass itemClass) {
        return itemClass == ItemClass.SMS ? SMS_PERMITTED : "";
    }

    private static Object[] owedParameters(
            long folderId, long sinceModseq, WantedClass wanted, long devicePk) {
        return wanted.cutoff() == null
                ? new Object[] {folderId, sinceModseq, wanted.itemClass(), devicePk}
                : new Object[] {
                    folderId, sinceModseq, wanted.itemClass(), devicePk, wanted.cutoff()
                };
    }

    /**
     * The item a device's Add with this ClientId created after {@code afterModseq}: on a retried
     * Sync, the lost request's work.
     */
    public Uni<Item> findAddedBy(long folderId, long devicePk, String clientId, long afterModseq) {
        return find(
                        "folderId = ?1 and createdBy = ?2 and clientId = ?3 and createdModseq > ?4",
                        folderId,
                        devicePk,
                        clientId,
                        afterModseq)
                .firstResult();
    }

    /** Like {@link #findInFolder} but tombstones too. */
    public Uni<Item> findInFolderWithTombstones(long id, long folderId) {
        return find("id = ?1 and folderId = ?2", id, folderId).firstResult();
    }

    /** The user's SMS a phone took out of the Outbox and has not reported on yet, oldest first. */
    public Uni<List<Item>> handedOverTo(long userId, long devicePk) {
        return find(
                        "userId = ?1 and lastChangedBy = ?2 and smsStatus = ?3 order by modseq",
                        userId,
                        devicePk,
                        SmsStatus.HANDED_OVER)
                .list();
    }

    public Uni<Item> findInFolder(long id, long folderId) {
        return find("id = ?1 and folderId = ?2 and deleted = false", id, folderId).firstResult();
    }

    /**
     * A set of items as a query condition with its parameters, to be read a page at a time in some
     * order or counted: the same condition serves a Sync and a GetItemEstimate.
     */
    public record ItemRange(String condition, Parameters parameters) {}

    /** One page of a range in the given order, one more than {@code limit}. */
    public Uni<List<Item>> page(ItemRange range, String order, int limit) {
        return find(range.condition() + " order by " + order, range.parameters())
                .page(Page.ofSize(limit + 1))
                .list();
    }

    public Uni<Long> count(ItemRange range) {
        return count(range.condition(), range.parameters());
    }

    /** The items of all these ranges, counted one after the other on the one session. */
    public Uni<Long> countAll(List<ItemRange> ranges) {
        Uni<Long> total = Uni.createFrom().item(0L);
        for (ItemRange range : ranges) {
            total = total.chain(sum -> count(range).map(count -> sum + count));
        }
        return total;
    }

    /**
     * Live items of a class the device has (created up to {@code upToModseq}, and received since
     * {@code receivedSince} when its view has a horizon), after an id: what is left to soft-delete
     * when it stops syncing the class. Read in id order.
     */
    public static ItemRange inViewAfter(
            long folderId,
            ItemClass itemClass,
            long upToModseq,
            OffsetDateTime receivedSince,
            long afterId) {
        Parameters parameters = live(folderId, itemClass, upToModseq).and("afterId", afterId);
        String condition = LIVE + " and id > :afterId";
        if (receivedSince != null) {
            condition += " and (dateReceived is null or dateReceived >= :since)";
            parameters.and("since", receivedSince);
        }
        return new ItemRange(condition, parameters);
    }

    /**
     * Live items of a class the device has, received before {@code before} and, with an {@code
     * after} date, after the pair ({@code after}, {@code afterId}): what has left its filter
     * window. Read in (dateReceived, id) order.
     */
    public static ItemRange agingOut(
            long folderId,
            ItemClass itemClass,
            long upToModseq,
            OffsetDateTime after,
            long afterId,
            OffsetDateTime before) {
        Parameters parameters = live(folderId, itemClass, upToModseq).and("before", before);
        String condition = LIVE + " and dateReceived < :before";
        if (after != null) {
            condition +=
                    " and (dateReceived > :after or (dateReceived = :after and id > :afterId))";
            parameters.and("after", after).and("afterId", afterId);
        }
        return new ItemRange(condition, parameters);
    }

    /**
     * Live items of a class created up to {@code upToModseq} that the device was not sent: received
     * from {@code from} on (any time, when null) and up to the pair ({@code until}, {@code
     * untilId}). What a wider filter window adds; read newest first.
     */
    public static ItemRange backfill(
            long folderId,
            ItemClass itemClass,
            long upToModseq,
            OffsetDateTime from,
            OffsetDateTime until,
            long untilId) {
        Parameters parameters =
                live(folderId, itemClass, upToModseq).and("until", until).and("untilId", untilId);
        String condition =
                LIVE + " and (dateReceived < :until or (dateReceived = :until and id <= :untilId))";
        if (from != null) {
            condition += " and dateReceived >= :from";
            parameters.and("from", from);
        }
        return new ItemRange(condition, parameters);
    }

    private static final String LIVE =
            "folderId = :folder and itemClass = :class and deleted = false"
                    + " and createdModseq <= :upTo";

    private static Parameters live(long folderId, ItemClass itemClass, long upToModseq) {
        return Parameters.with("folder", folderId).and("class", itemClass).and("upTo", upToModseq);
    }
}
