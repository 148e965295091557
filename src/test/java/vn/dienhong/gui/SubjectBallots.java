package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import vn.dienhong.logic.CastResult;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.Account;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/**
 * Votes on people for the console's tests: a confidence rating of the demo's officials whose outcomes
 * cover every level of consequence, prepared, opened and voted on as the hall would, from Java.
 */
final class SubjectBallots {
    static final String RATING_TITLE = "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân tỉnh bầu";
    static final List<String> OFFICIALS = List.of(
            "Phạm Quốc Hưng – Chủ tịch UBND tỉnh",
            "Đỗ Thị Thanh Hà – Phó Chủ tịch UBND tỉnh",
            "Vũ Đức Minh – Ủy viên UBND tỉnh, Giám đốc Sở Y tế",
            "Hồ Ngọc Lan – Ủy viên UBND tỉnh, Giám đốc Sở Giáo dục và Đào tạo",
            "Ngô Văn Khải – Ủy viên UBND tỉnh, Giám đốc Sở Xây dựng",
            "Bùi Thị Nhung – Trưởng Ban Pháp chế HĐND tỉnh");

    private SubjectBallots() {
    }

    /** Creates and opens a secret vote on people; {@code seats} counts for elections only. */
    static Vote open(ConsoleTestHall hall, VoteKind kind, String title, List<String> people, int seats)
            throws Exception {
        Vote vote = hall.services.votes().create(new NewVote(title, kind, VoteForm.SECRET, Threshold.MAJORITY_OF_TOTAL,
                null, null, false, null, people, seats)).get(5, TimeUnit.SECONDS);
        hall.services.votes().open(vote.id()).get(5, TimeUnit.SECONDS);
        return vote;
    }

    /**
     * Delegates 1…{@code voters} each cast one ballot, marking person {@code i} with {@code mark(n, i)}.
     */
    static void cast(ConsoleTestHall hall, long voteId, int voters, int people, BiFunction<Integer, Integer, String> mark)
            throws Exception {
        // all at once, as a hall of tablets would: the ballots are committed in groups
        List<CompletableFuture<CastResult>> sent = new ArrayList<>();
        for (int n = 1; n <= voters; n++) {
            int delegate = n;
            LoginResult login = hall.services.auth().login(String.format("db%03d", n), "246810", "127.0.0.1");
            Account account = ((LoginResult.Success) login).account();
            sent.add(hall.services.votes().cast(voteId, account, UUID.randomUUID().toString(),
                    IntStream.range(0, people).mapToObj(i -> mark.apply(delegate, i)).toList()));
        }
        for (CompletableFuture<CastResult> ballot : sent) {
            assertThat(ballot.get(10, TimeUnit.SECONDS)).isInstanceOf(CastResult.Accepted.class);
        }
    }

    /**
     * 46 of the 50 delegates rate the six officials: the third gets 28 LOW (more than half: may
     * resign), the fifth 35 LOW (two thirds or more: dismissal proposed), the others few.
     */
    static String rating(int n, int official) {
        return switch (official) {
            case 2 -> n <= 28 ? "LOW" : n % 2 == 0 ? "HIGH" : "CONFIDENT";
            case 4 -> n <= 35 ? "LOW" : "CONFIDENT";
            default -> n % (official + 5) == 0 ? "LOW" : (n + official) % 3 == 0 ? "CONFIDENT" : "HIGH";
        };
    }
}
