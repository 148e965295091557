package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Document files are stored once, named by their SHA-256, and only hashes name a file. */
class FileStoreTest {
    private static final byte[] PDF = "%PDF-1.7 Tờ trình số 112/TTr-UBND".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path root;

    @Test
    void storingTheSameBytesTwiceKeepsOneFileUnderTheirHash() throws Exception {
        FileStore store = new FileStore(root);
        String first = store.put(new ByteArrayInputStream(PDF));
        String second = store.put(new ByteArrayInputStream(PDF.clone()));

        assertThat(first).isEqualTo(second)
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(files()).containsExactly(store.pathOf(first));
        assertThat(store.pathOf(first)).hasBinaryContent(PDF).startsWith(root);
    }

    @Test
    void differentBytesGetDifferentFiles() {
        FileStore store = new FileStore(root);
        String a = store.put(new ByteArrayInputStream(PDF));
        String b = store.put(new ByteArrayInputStream("%PDF-1.7 Bản mới".getBytes(StandardCharsets.UTF_8)));
        assertThat(a).isNotEqualTo(b);
        assertThat(files()).containsExactlyInAnyOrder(store.pathOf(a), store.pathOf(b));
    }

    @ParameterizedTest(name = "\"{0}\" names no file")
    @ValueSource(strings = {"../../etc/passwd", "", "abc",
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855/../../x",
            "../e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8"})
    void onlyALowercaseSha256NamesAFile(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new FileStore(root).pathOf(name));
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
