package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.Council;
import vn.dienhong.model.CouncilLevel;
import vn.dienhong.model.Delegate;

/** The legal "total number of delegates" counts the council's active delegates only. */
class CouncilDaoTest {
    private Database db;
    private CouncilDao councils;

    @BeforeEach
    void open() {
        db = Database.openInMemory();
        councils = new CouncilDao(db.dsl());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCouncilReadsBack() {
        long id = councils.insertCouncil("Hội đồng nhân dân tỉnh Lạc Hồng", CouncilLevel.PROVINCE, "XVII");
        assertThat(councils.findCouncil(id)).contains(
                new Council(id, "Hội đồng nhân dân tỉnh Lạc Hồng", CouncilLevel.PROVINCE, "XVII"));
        assertThat(councils.findCouncil(id + 1)).isEmpty();
    }

    @Test
    void inactiveDelegatesAndOtherCouncilsDoNotCount() {
        long province = councils.insertCouncil("Hội đồng nhân dân tỉnh Lạc Hồng", CouncilLevel.PROVINCE, "XVII");
        long commune = councils.insertCouncil("Hội đồng nhân dân xã Tân Lập", CouncilLevel.COMMUNE, "I");
        long an = councils.insertDelegate(province, "Nguyễn Văn An", "Đại biểu", "Đơn vị số 1", "Tổ 1", "A01");
        long binh = councils.insertDelegate(province, "Trần Thị Bình", null, null, null, null);
        long recalled = councils.insertDelegate(province, "Lê Văn Cường", null, null, null, null);
        councils.insertDelegate(commune, "Phạm Thị Dung", null, null, null, null);
        assertThat(councils.countActiveDelegates(province)).isEqualTo(3);

        assertThat(db.dsl().execute("update delegate set active = false where id = ?", recalled)).isOne();

        assertThat(councils.countActiveDelegates(province)).isEqualTo(2);
        assertThat(councils.activeDelegates(province)).extracting(Delegate::id).containsExactly(an, binh);
        assertThat(councils.activeDelegates(province).get(0)).isEqualTo(
                new Delegate(an, province, "Nguyễn Văn An", "Đại biểu", "Đơn vị số 1", "Tổ 1", "A01"));
        assertThat(councils.countActiveDelegates(commune)).isEqualTo(1);
        assertThat(councils.countActiveDelegates(commune + 100)).isZero();
    }
}
