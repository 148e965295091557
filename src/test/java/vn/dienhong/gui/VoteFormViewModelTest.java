package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** The draft of the next vote on its own: the kind decides the form, the fields shown and what is sent. */
class VoteFormViewModelTest {
    private static final AgendaItem ITEM = new AgendaItem(8, 1, 3L, 8, "Biểu quyết thông qua các nghị quyết",
            "Chủ tọa kỳ họp", 40);
    private final VoteFormViewModel form = new VoteFormViewModel(HallSettings.defaults(),
            new SimpleObjectProperty<>(ITEM));
    private final VoteKindDraft kinds = form.kinds();

    @Test
    void aResolutionSendsNoNamesAndKeepsTheOperatorsChoices() {
        assertThat(kinds.kind()).isEqualTo(VoteKind.RESOLUTION);
        assertThat(kinds.hasSubjects().get()).isFalse();
        assertThat(kinds.thresholdShown().get()).isTrue();
        form.thresholdProperty().set(Threshold.TWO_THIRDS_OF_TOTAL);
        form.allowChangeProperty().set(true);

        NewVote vote = form.toNewVote().orElseThrow();
        assertThat(vote.kind()).isEqualTo(VoteKind.RESOLUTION);
        assertThat(vote.title()).isEqualTo("Thông qua Biểu quyết thông qua các nghị quyết");
        assertThat(vote.subjects()).isEmpty();
        assertThat(vote.threshold()).isEqualTo(Threshold.TWO_THIRDS_OF_TOTAL);
        assertThat(vote.allowChange()).isTrue();
    }

    @Test
    void aConfidenceRatingIsForcedSecretWithoutChangesOrThresholdAndSendsTheNamesTyped() {
        form.allowChangeProperty().set(true);
        form.thresholdProperty().set(Threshold.TWO_THIRDS_OF_TOTAL);
        kinds.kindProperty().set(VoteKind.CONFIDENCE_RATING);

        assertThat(form.formProperty().get()).isEqualTo(VoteForm.SECRET);
        assertThat(form.allowChangeProperty().get()).isFalse();
        assertThat(kinds.hasSubjects().get()).isTrue();
        assertThat(kinds.thresholdShown().get()).as("fixed by law").isFalse();
        assertThat(kinds.election().get()).isFalse();
        assertThat(form.titleProperty().get())
                .isEqualTo("Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu");

        kinds.subjectsProperty().set("  Phạm Quốc Hưng – Chủ tịch UBND tỉnh \n\n Đỗ Thị Thanh Hà\r\nVũ Đức Minh\n   \n");
        assertThat(kinds.count().get()).isEqualTo(3);
        NewVote vote = form.toNewVote().orElseThrow();
        assertThat(vote.kind()).isEqualTo(VoteKind.CONFIDENCE_RATING);
        assertThat(vote.form()).isEqualTo(VoteForm.SECRET);
        assertThat(vote.subjects()).containsExactly("Phạm Quốc Hưng – Chủ tịch UBND tỉnh", "Đỗ Thị Thanh Hà",
                "Vũ Đức Minh");
        assertThat(vote.threshold()).as("the chosen threshold does not apply").isEqualTo(Threshold.MAJORITY_OF_TOTAL);
        assertThat(vote.allowChange()).isFalse();
        assertThat(vote.maxChoices()).isEqualTo(1);
    }

    @Test
    void anElectionsSeatsStayWithinTheCandidatesTyped() {
        kinds.kindProperty().set(VoteKind.ELECTION);
        assertThat(kinds.thresholdShown().get()).isTrue();
        assertThat(kinds.election().get()).isTrue();
        assertThat(kinds.seatLimit().get()).as("a range even before any name").isEqualTo(1);
        kinds.subjectsProperty().set("Lê Minh Khánh\nTrần Thu Hà\nHoàng Văn Bình");
        assertThat(kinds.seatLimit().get()).isEqualTo(3);
        kinds.seatsProperty().set(3);
        form.thresholdProperty().set(Threshold.TWO_THIRDS_OF_TOTAL);

        kinds.subjectsProperty().set("Lê Minh Khánh\nTrần Thu Hà");
        assertThat(kinds.seatsProperty().get()).as("fewer candidates than seats cannot be").isEqualTo(2);
        NewVote vote = form.toNewVote().orElseThrow();
        assertThat(vote.kind()).isEqualTo(VoteKind.ELECTION);
        assertThat(vote.maxChoices()).isEqualTo(2);
        assertThat(vote.threshold()).isEqualTo(Threshold.TWO_THIRDS_OF_TOTAL);
        assertThat(vote.subjects()).hasSize(2);
    }

    @Test
    void goingBackToAResolutionGivesBackTheOperatorsFormAndTitle() {
        form.formProperty().set(VoteForm.OPEN);
        kinds.kindProperty().set(VoteKind.CONFIDENCE_VOTE);
        assertThat(form.formProperty().get()).isEqualTo(VoteForm.SECRET);
        kinds.kindProperty().set(VoteKind.ELECTION);
        assertThat(form.formProperty().get()).as("still a vote on people").isEqualTo(VoteForm.SECRET);
        assertThat(form.titleProperty().get()).isEqualTo("Bầu chức danh do Hội đồng nhân dân bầu");

        kinds.kindProperty().set(VoteKind.RESOLUTION);
        assertThat(form.formProperty().get()).isEqualTo(VoteForm.OPEN);
        assertThat(form.titleProperty().get()).isEqualTo("Thông qua Biểu quyết thông qua các nghị quyết");

        form.titleProperty().set("Thông qua Nghị quyết về dự toán ngân sách năm 2027");
        kinds.kindProperty().set(VoteKind.CONFIDENCE_RATING);
        assertThat(form.titleProperty().get()).as("the operator's own title stays")
                .isEqualTo("Thông qua Nghị quyết về dự toán ngân sách năm 2027");
        assertThat(List.of(form.toNewVote().orElseThrow().subjects())).containsExactly(List.of());
    }
}
