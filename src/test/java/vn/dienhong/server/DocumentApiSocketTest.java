package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.server.ApiClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.TestPdfs;

/** The documents over real sockets, as the tablets' reader and the operator's console use them (docs/api.md). */
class DocumentApiSocketTest {
    private static final String LOAD = "/api/v1/operator/documents?category=PROPOSAL&title=";
    private TestHall hall;
    private ApiClient api;

    @BeforeEach
    void start() {
        hall = TestHall.start(10);
        api = new ApiClient(hall.baseUrl());
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void theOperatorLoadsAPdfAndEveryDelegateIsToldAndCanReadItInPieces() throws Exception {
        LinkedBlockingQueue<JsonNode> tablet = api.listen("db002");
        byte[] pdf = TestPdfs.text("Tờ trình xây dựng trường học", "Đầu tư 12 phòng học cho xã vùng cao.");
        HttpResponse<String> loaded = api.upload("operator", LOAD + encode("Tờ trình xây dựng trường học")
                + "&number=" + encode("45/TTr-UBND"), pdf);

        assertThat(loaded.statusCode()).isEqualTo(201);
        JsonNode doc = ApiClient.JSON.readTree(loaded.body());
        long id = doc.get("id").asLong();
        assertThat(doc.get("pages").asInt()).isEqualTo(1);
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(next(tablet, "document.published").get("data").get("id").asLong()).isEqualTo(id);
        JsonNode listed = find(api.json("db002", "GET", "/api/v1/documents", null).get("documents"), id);
        assertThat(listed.get("title").asText()).isEqualTo("Tờ trình xây dựng trường học");
        assertThat(listed.get("category").asText()).isEqualTo("PROPOSAL");
        assertThat(listed.get("isNew").asBoolean()).isTrue();

        HttpResponse<byte[]> whole = api.bytes("db002", "/api/v1/documents/" + id + "/file", null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("content-type")).contains("application/pdf");
        assertThat(whole.headers().firstValue("accept-ranges")).contains("bytes");
        assertThat(whole.body()).isEqualTo(pdf);
        HttpResponse<byte[]> piece = api.bytes("db002", "/api/v1/documents/" + id + "/file", "bytes=100-199");
        assertThat(piece.statusCode()).isEqualTo(206);
        assertThat(piece.headers().firstValue("content-range")).contains("bytes 100-199/" + pdf.length);
        assertThat(piece.body()).isEqualTo(Arrays.copyOfRange(pdf, 100, 200));
        assertThat(api.bytes("db002", "/api/v1/documents/" + id + "/file", "bytes=" + pdf.length + "-").statusCode())
                .isEqualTo(416);
        assertThat(find(api.json("db002", "GET", "/api/v1/documents", null).get("documents"), id)
                .get("opened").asBoolean()).isTrue();

        HttpResponse<byte[]> card = api.bytes("db002", "/api/v1/documents/" + id + "/thumbnail", null);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("content-type")).contains("image/png");
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(card.body()));
        assertThat(picture.getWidth()).isEqualTo(240);
        assertThat(picture.getHeight()).as("an A4 page is taller than wide").isGreaterThan(300);
    }

    @Test
    void badUploadsAreRefusedWithAReasonAndNothingIsStored() throws Exception {
        int before = api.json("operator", "GET", "/api/v1/documents", null).get("documents").size();
        assertRefused(api.upload("operator", LOAD + "X", "không phải PDF".getBytes(StandardCharsets.UTF_8)), 415,
                "not_pdf");
        assertRefused(api.upload("operator", LOAD + "X", TestPdfs.corrupt()), 422, "corrupt_pdf");
        assertRefused(api.upload("operator", LOAD + "X", TestPdfs.encrypted()), 422, "encrypted_pdf");
        assertRefused(api.upload("operator", LOAD + "X", new byte[0]), 422, "empty_file");
        assertRefused(api.upload("operator", LOAD + "X&classified=true", TestPdfs.text("A", "B")), 422, "classified");
        assertRefused(api.upload("operator", "/api/v1/operator/documents?title=X", TestPdfs.text("A", "B")), 400,
                "missing_category");
        assertRefused(api.upload("operator", "/api/v1/operator/documents?title=X&category=SECRET",
                TestPdfs.text("A", "B")), 400, "bad_category");
        assertThat(api.upload("db001", LOAD + "X", TestPdfs.text("A", "B")).statusCode()).isEqualTo(403);
        assertThat(api.json("operator", "GET", "/api/v1/documents", null).get("documents")).hasSize(before);
    }

    @Test
    void anUploadOverTheLimitIsRefusedFromItsHeadersBeforeItsBodyArrives() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", hall.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + LOAD + "X HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + api.token("operator")
                    + "\r\nContent-Type: application/pdf\r\nContent-Length: " + 300L * 1024 * 1024 + "\r\n\r\n%PDF-1.7\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("too_large").contains("200 MB");
        }
    }

    @Test
    void aGuestCannotFetchADelegatesDocumentNorHearOfIt() throws Exception {
        LinkedBlockingQueue<JsonNode> guest = api.listen("guest");
        LinkedBlockingQueue<JsonNode> delegate = api.listen("db001");
        long internal = ApiClient.JSON.readTree(api.upload("operator", LOAD + "Noi+bo", TestPdfs.text("Nội bộ", "Chỉ "
                + "dành cho đại biểu.")).body()).get("id").asLong();
        long open = ApiClient.JSON.readTree(api.upload("operator", LOAD + "Cong+khai&audience=DELEGATES_AND_GUESTS",
                TestPdfs.text("Công khai", "Khách mời cùng đọc.")).body()).get("id").asLong();

        assertThat(next(delegate, "document.published").get("data").get("id").asLong()).isEqualTo(internal);
        assertThat(next(guest, "document.published").get("data").get("id").asLong())
                .as("the guest hears only of the document meant for guests").isEqualTo(open);
        assertThat(ids(api.json("guest", "GET", "/api/v1/documents", null))).contains(open).doesNotContain(internal);
        assertThat(api.bytes("guest", "/api/v1/documents/" + internal + "/file", null).statusCode()).isEqualTo(404);
        assertThat(api.bytes(null, "/api/v1/documents/" + internal + "/file", null).statusCode()).isEqualTo(401);
        assertThat(api.json("guest", "GET", "/api/v1/documents/search?q=chi+danh+cho+dai+bieu", null).get("hits"))
                .isEmpty();
        assertThat(api.json("db001", "GET", "/api/v1/documents/search?q=chi+danh+cho+dai+bieu", null).get("hits"))
                .singleElement().satisfies(hit -> assertThat(hit.get("snippet").asText()).contains("đại biểu"));
    }

    @Test
    void notesArePrivateToTheirAuthor() throws Exception {
        long id = 2;
        HttpResponse<String> added = api.call("db001", "POST", "/api/v1/documents/" + id + "/notes",
                "{\"page\":1,\"text\":\"Hỏi lại số liệu GRDP\",\"quote\":\"ước tăng 8,12%\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        long note = ApiClient.JSON.readTree(added.body()).get("id").asLong();

        assertThat(api.json("db001", "GET", "/api/v1/documents/" + id + "/notes", null).get("notes"))
                .singleElement().satisfies(n -> assertThat(n.get("quote").asText()).isEqualTo("ước tăng 8,12%"));
        assertThat(api.json("db002", "GET", "/api/v1/documents/" + id + "/notes", null).get("notes")).isEmpty();
        assertThat(api.call("db002", "DELETE", "/api/v1/documents/" + id + "/notes/" + note, null).statusCode())
                .isEqualTo(404);
        assertThat(api.call("db001", "POST", "/api/v1/documents/" + id + "/notes", "{\"page\":99,\"text\":\"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(api.call("db001", "POST", "/api/v1/documents/" + id + "/notes",
                "{\"page\":1,\"text\":\"" + "a".repeat(4001) + "\"}").statusCode()).isEqualTo(413);
        assertThat(api.call("db001", "DELETE", "/api/v1/documents/" + id + "/notes/" + note, null).statusCode())
                .isEqualTo(200);
        assertThat(api.json("db001", "GET", "/api/v1/documents/" + id + "/notes", null).get("notes")).isEmpty();
    }

    @Test
    void theChairSeesWhoOpenedADocumentOnlyWhenTheCouncilAllowsIt() throws Exception {
        HttpResponse<String> readers = api.call("chair", "GET", "/api/v1/documents/2/readers", null);
        assertThat(readers.statusCode()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(readers.body()).get("message").asText()).contains("documents.chairSeesReaders");
        assertThat(api.call("db001", "GET", "/api/v1/documents/2/readers", null).statusCode()).isEqualTo(403);
    }

    @Test
    void replacingAndWithdrawingReachTheTablets() throws Exception {
        LinkedBlockingQueue<JsonNode> tablet = api.listen("db003");
        long v1 = ApiClient.JSON.readTree(api.upload("operator", LOAD + "Bao+cao", TestPdfs.text("Báo cáo", "Bản 1."))
                .body()).get("id").asLong();
        HttpResponse<String> replaced = api.upload("operator", "/api/v1/operator/documents/" + v1 + "/versions",
                TestPdfs.text("Báo cáo", "Bản 2 có số liệu mới."));
        assertThat(replaced.statusCode()).isEqualTo(201);
        long v2 = ApiClient.JSON.readTree(replaced.body()).get("id").asLong();
        JsonNode updated = next(tablet, "document.updated").get("data");
        assertThat(updated.get("replacesId").asLong()).isEqualTo(v1);
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(find(api.json("db003", "GET", "/api/v1/documents", null).get("documents"), v2).get("updated")
                .asBoolean()).isTrue();

        assertThat(api.call("operator", "DELETE", "/api/v1/operator/documents/" + v2, null).statusCode()).isEqualTo(200);
        assertThat(next(tablet, "document.withdrawn").get("data").get("id").asLong()).isEqualTo(v2);
        assertThat(ids(api.json("db003", "GET", "/api/v1/documents", null))).doesNotContain(v1, v2);
        assertThat(api.call("operator", "DELETE", "/api/v1/operator/documents/" + v2, null).statusCode()).isEqualTo(404);
        assertThat(api.call("db003", "DELETE", "/api/v1/operator/documents/" + v1, null).statusCode()).isEqualTo(403);
        assertThat(tablet.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String code) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode body = ApiClient.JSON.readTree(answer.body());
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private static JsonNode find(JsonNode documents, long id) {
        return StreamSupport.stream(documents.spliterator(), false).filter(d -> d.get("id").asLong() == id)
                .findFirst().orElseThrow(() -> new AssertionError("document " + id + " not listed"));
    }

    private static List<Long> ids(JsonNode library) {
        return StreamSupport.stream(library.get("documents").spliterator(), false).map(d -> d.get("id").asLong())
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
