package vn.dienhong.model;

import java.time.Instant;

/**
 * What the operator says about a file being loaded: its title and number (số ký hiệu), category,
 * agenda item, audience, when tablets may see it, and whether it is restricted (stamped with the
 * reader's name) or classified (mật: refused for electronic distribution).
 */
public record NewDocument(String title, String number, DocumentCategory category, Long agendaItemId,
                          DocumentAudience audience, boolean restricted, boolean classified, Instant visibleFrom,
                          String fileName) {

    /** An ordinary document for every delegate, visible at once. */
    public static NewDocument of(String title, DocumentCategory category, Long agendaItemId) {
        return new NewDocument(title, null, category, agendaItemId, DocumentAudience.DELEGATES, false, false, null,
                null);
    }
}
