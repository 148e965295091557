package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhong.model.Council;
import vn.dienhong.model.CouncilLevel;

/** The hall's file database keeps what was committed across a close and reopen, and writes without delay. */
class DatabaseFileTest {
    @TempDir
    Path data;

    @Test
    void whatWasWrittenIsThereAfterReopening() {
        long id;
        try (Database db = Database.openFile(data)) {
            id = new CouncilDao(db.dsl()).insertCouncil("Hội đồng nhân dân tỉnh Lạc Hồng", CouncilLevel.PROVINCE, "XVII");
        }
        assertThat(data.resolve("dienhong.mv.db")).isRegularFile();

        try (Database db = Database.openFile(data)) {
            assertThat(new CouncilDao(db.dsl()).findCouncil(id))
                    .contains(new Council(id, "Hội đồng nhân dân tỉnh Lạc Hồng", CouncilLevel.PROVINCE, "XVII"));
            // Flyway found its history and did not try to create the tables again
            assertThat(((Number) db.dsl().fetchValue("select count(*) from council")).intValue()).isOne();
        }
    }

    @Test
    void commitsAreWrittenWithoutDelay() {
        try (Database db = Database.openFile(data)) {
            // H2 2.5 lists WRITE_DELAY once per source (the URL and the database); a plain file URL shows 500
            List<String> writeDelay = db.dsl().fetch("select setting_value from information_schema.settings "
                    + "where setting_name = 'WRITE_DELAY'").getValues(0, String.class);
            assertThat(writeDelay).isNotEmpty().containsOnly("0");
            db.checkpoint(); // CHECKPOINT SYNC is accepted on the file database
        }
    }
}
