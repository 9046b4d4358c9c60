package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A mail folder of a user. SMS items live in these (MS-ASMS 3.1.4.1.1: folders that natively hold
 * e-mail).
 */
@Entity
@Table(name = "eas_folder")
public class Folder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    /**
     * The CollectionId clients use; "2" to "6" for the standard folders, the same for every user.
     */
    @Column(name = "server_id", nullable = false)
    public String serverId;

    @Column(name = "parent_id", nullable = false)
    public String parentId = "0";

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /**
     * MS-ASCMD 2.2.3.186.3 folder type: 2 Inbox, 3 Drafts, 4 Deleted Items, 5 Sent Items, 6 Outbox.
     */
    @Column(nullable = false)
    public int type;

    /** The change sequence of the folder's last change (0 for the standard folders). */
    @Column(nullable = false)
    public long modseq;

    @Column(name = "created_modseq", nullable = false)
    public long createdModseq;

    /** A deleted folder stays as a tombstone so devices learn of the deletion. */
    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "last_changed_by")
    public Long lastChangedBy;

    /**
     * MS-ASMS 3.1.4.1.1: SMS live only in folders that natively hold e-mail: the five standard ones
     * and user-created mail folders (type 12).
     */
    public boolean holdsEmail() {
        return (type >= 2 && type <= 6) || type == 12;
    }

    /** The standard folders (types 2 to 6) can be neither renamed, moved nor deleted. */
    public boolean isStandard() {
        return type >= 2 && type <= 6;
    }

    /** The folders every user starts with. */
    public static List<Folder> standardFolders(long userId) {
        return List.of(
                of(userId, "2", "Inbox", 2),
                of(userId, "3", "Drafts", 3),
                of(userId, "4", "Deleted Items", 4),
                of(userId, "5", "Sent Items", 5),
                of(userId, "6", "Outbox", 6));
    }

    private static Folder of(long userId, String serverId, String name, int type) {
        Folder folder = new Folder();
        folder.userId = userId;
        folder.serverId = serverId;
        folder.displayName = name;
        folder.type = type;
        return folder;
    }
}
