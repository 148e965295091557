package vn.dienhong.logic;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienhong.model.Account;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentHit;
import vn.dienhong.model.DocumentNote;
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.LibraryEntry;

/**
 * Documents as the API and the events show them (docs/api.md), and which tablet may hear of a
 * document event: the same audience rule as reading it.
 */
public final class DocumentViews {
    private DocumentViews() {
    }

    public static Map<String, Object> entry(LibraryEntry e) {
        Map<String, Object> out = document(e.document());
        out.put("opened", e.opened());
        out.put("isNew", !e.opened() && e.document().version() == 1);
        out.put("updated", !e.opened() && e.document().version() > 1);
        return out;
    }

    public static Map<String, Object> document(Document d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("title", d.title());
        out.put("number", d.number());
        out.put("category", d.category().name());
        out.put("categoryOrder", d.category().ordinal());
        out.put("agendaItemId", d.agendaItemId());
        out.put("pages", d.pages());
        out.put("sizeBytes", d.sizeBytes());
        out.put("version", d.version());
        out.put("replacesId", d.replacesId());
        out.put("audience", d.audience().name());
        out.put("restricted", d.restricted());
        out.put("visibleFrom", d.visibleFrom());
        out.put("publishedAt", d.createdAt());
        return out;
    }

    public static Map<String, Object> hit(DocumentHit h) {
        return Map.of("id", h.documentId(), "title", h.title(), "category", h.category().name(), "page", h.page(),
                "snippet", h.snippet());
    }

    public static Map<String, Object> note(DocumentNote n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.id());
        out.put("documentId", n.documentId());
        out.put("page", n.page());
        out.put("quote", n.quote());
        out.put("text", n.text());
        out.put("createdAt", n.createdAt());
        return out;
    }

    /** The data of a document.* event; a committee's {@code members} (read only then) let the sockets tell who may hear. */
    static Map<String, Object> event(Document d, java.util.function.Supplier<List<Long>> members) {
        Map<String, Object> out = document(d);
        if (d.audience() == DocumentAudience.PARTICIPANTS) {
            out.put("members", members.get());
        }
        return out;
    }

    /** Whether a tablet logged in as {@code account} may hear of this event; true for every other event. */
    public static boolean mayHear(HallEvent event, Account account, Instant now) {
        if (!event.type().startsWith("document.") || !(event.data().get("audience") instanceof String audience)) {
            return true;
        }
        Object members = event.data().get("members");
        Set<Long> ids = members instanceof List<?> list
                ? Set.copyOf(list.stream().map(o -> ((Number) o).longValue()).toList()) : Set.of();
        // a withdrawal is news to everyone who could have read it, published yet or not
        Instant from = event.type().equals("document.withdrawn") ? null : (Instant) event.data().get("visibleFrom");
        return new DocumentAccess(account, () -> ids, now).admits(DocumentAudience.valueOf(audience), from);
    }
}
