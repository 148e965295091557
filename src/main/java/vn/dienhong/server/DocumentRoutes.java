package vn.dienhong.server;

import static vn.dienhong.server.Refusals.await;
import static vn.dienhong.server.Refusals.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dienhong.logic.DocumentServices;
import vn.dienhong.logic.DocumentViews;
import vn.dienhong.model.Account;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;
import vn.dienhong.model.PaperSaved;

/** The documents over HTTP: the reader's library, file, search and notes, and the operator's loading desk. */
final class DocumentRoutes {
    static final int MAX_QUERY = 200;
    private final DocumentServices documents;

    DocumentRoutes(DocumentServices documents) {
        this.documents = documents;
    }

    ApiResponse library(ApiRequest request) {
        return ApiResponse.ok(Map.of("documents", sync(() -> documents.library().library(request.requireAccount()))
                .stream().map(DocumentViews::entry).toList()));
    }

    ApiResponse file(ApiRequest request) {
        return ApiResponse.ok(sync(() -> documents.library().open(request.requireAccount(), request.pathId("id"))));
    }

    ApiResponse thumbnail(ApiRequest request) {
        return ApiResponse.ok(sync(() -> documents.library().thumbnail(request.requireAccount(), request.pathId("id"))));
    }

    ApiResponse search(ApiRequest request) {
        String q = new QueryParams(request.query()).text("q");
        if (q != null && q.length() > MAX_QUERY) {
            throw ApiException.badRequest("query_too_long", "Từ khóa tra cứu dài quá " + MAX_QUERY + " ký tự.");
        }
        Account me = request.requireAccount();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q == null ? "" : q);
        out.put("hits", q == null ? java.util.List.of()
                : sync(() -> documents.library().search(me, q)).stream().map(DocumentViews::hit).toList());
        return ApiResponse.ok(out);
    }

    ApiResponse notes(ApiRequest request) {
        return ApiResponse.ok(Map.of("notes", sync(() -> documents.notes().mine(request.requireAccount(),
                request.pathId("id"))).stream().map(DocumentViews::note).toList()));
    }

    ApiResponse addNote(ApiRequest request) {
        JsonNode body = request.json();
        JsonNode page = body.get("page");
        if (page == null || !page.canConvertToInt()) {
            throw ApiException.badRequest("missing_page", "Thiếu số trang (\"page\") của ghi chú.");
        }
        return ApiResponse.created(DocumentViews.note(sync(() -> documents.notes().add(request.requireAccount(),
                request.pathId("id"), page.asInt(), text(body, "quote"), text(body, "text")))));
    }

    ApiResponse deleteNote(ApiRequest request) {
        sync(() -> {
            documents.notes().delete(request.requireAccount(), request.pathId("noteId"));
            return null;
        });
        return ApiResponse.ok(Map.of("deleted", true));
    }

    ApiResponse readers(ApiRequest request) {
        return ApiResponse.ok(Map.of("readers", sync(() -> documents.stats().readers(request.requireAccount(),
                request.pathId("id"))).stream().map(r -> Map.of("name", r.name(), "openedAt", r.openedAt())).toList()));
    }

    ApiResponse paperSaved(ApiRequest request) {
        PaperSaved saved = sync(documents.stats()::paperSaved);
        return ApiResponse.ok(Map.of("documents", saved.documents(), "pages", saved.pages(),
                "printedPages", saved.printedPages()));
    }

    ApiResponse publish(ApiRequest request) {
        QueryParams q = new QueryParams(request.query());
        NewDocument meta = new NewDocument(q.required("title"), q.text("number"),
                q.enumValue("category", DocumentCategory.class, null), q.id("agendaItemId"),
                q.enumValue("audience", DocumentAudience.class, DocumentAudience.DELEGATES), q.flag("restricted"),
                q.flag("classified"), q.instant("visibleFrom"), q.text("fileName"));
        if (meta.category() == null) {
            throw ApiException.badRequest("missing_category", "Thiếu loại tài liệu (\"category\"), ví dụ REPORT.");
        }
        return ApiResponse.created(DocumentViews.document(await(documents.desk().publish(meta, upload(request)))));
    }

    ApiResponse replace(ApiRequest request) {
        String fileName = new QueryParams(request.query()).text("fileName");
        return ApiResponse.created(DocumentViews.document(await(documents.desk().replace(request.pathId("id"),
                fileName, upload(request)))));
    }

    ApiResponse withdraw(ApiRequest request) {
        return ApiResponse.ok(DocumentViews.document(await(documents.desk().withdraw(request.pathId("id")))));
    }

    private static Path upload(ApiRequest request) {
        if (request.upload() == null) {
            throw ApiException.badRequest("missing_file", "Thiếu tệp tài liệu trong thân yêu cầu.");
        }
        return request.upload();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
