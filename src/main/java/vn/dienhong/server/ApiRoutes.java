package vn.dienhong.server;

import static io.netty.handler.codec.http.HttpMethod.DELETE;
import static io.netty.handler.codec.http.HttpMethod.GET;
import static io.netty.handler.codec.http.HttpMethod.POST;
import static io.netty.handler.codec.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.Role;

/** The whole route table of the tablet API in one readable place: path, method, who may call, handler. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    /** {@code sessionEnded} is told the token of every session a logout ends (to close its sockets). */
    static ApiRouter create(HallServices services, ServerOptions options, Consumer<String> sessionEnded) {
        AuthRoutes auth = new AuthRoutes(services.auth(), services.settings(), sessionEnded);
        MeetingRoutes meeting = new MeetingRoutes(services.meetings(), services.attendance(), services.planner(),
                services.settings());
        OperatorVoteRoutes voting = new OperatorVoteRoutes(services.votes(), services.settings());
        BallotRoutes ballots = new BallotRoutes(services.votes());
        FloorRoutes floor = new FloorRoutes(services.attendance(), services.speakers());
        NoteRoutes notes = new NoteRoutes(services.opinions(), services.notices());
        DocumentRoutes documents = new DocumentRoutes(services.documents());
        Set<Role> chairs = EnumSet.of(Role.CHAIR, Role.OPERATOR);
        Set<Role> clerks = EnumSet.of(Role.SECRETARY, Role.OPERATOR);
        Set<Role> operator = EnumSet.of(Role.OPERATOR);
        Set<Role> voters = EnumSet.of(Role.DELEGATE, Role.CHAIR);
        return new ApiRouter(services.auth(), options.operatorFromLan())
                .add(GET, "/api/v1/health", ApiRouter.PUBLIC, r -> ApiResponse.ok(Map.of("status", "ok")))
                .add(POST, "/api/v1/login", ApiRouter.PUBLIC, auth::login)
                .add(POST, "/api/v1/logout", ApiRouter.ANY_ROLE, auth::logout)
                .add(GET, "/api/v1/me", ApiRouter.ANY_ROLE, auth::me)
                .add(GET, "/api/v1/meeting", ApiRouter.ANY_ROLE, meeting::meeting)
                .add(POST, "/api/v1/operator/agenda/current", EnumSet.of(Role.OPERATOR, Role.CHAIR),
                        meeting::moveAgenda)
                .add(POST, "/api/v1/operator/meetings", operator, meeting::create)
                .add(GET, "/api/v1/operator/votes", operator, voting::list)
                .add(POST, "/api/v1/operator/votes", operator, voting::create)
                .add(POST, "/api/v1/operator/votes/{id}/open", operator, voting::open)
                .add(POST, "/api/v1/operator/votes/{id}/close", operator, voting::close)
                .add(POST, "/api/v1/operator/votes/{id}/cancel", operator, voting::cancel)
                .add(GET, "/api/v1/votes/current", ApiRouter.ANY_ROLE, ballots::current)
                .add(GET, "/api/v1/votes/{id}/progress", ApiRouter.ANY_ROLE, ballots::progress)
                .add(GET, "/api/v1/votes/{id}/result", ApiRouter.ANY_ROLE, ballots::result)
                .addAsync(POST, "/api/v1/votes/{id}/ballots", voters, ballots::cast)
                .add(POST, "/api/v1/attendance", voters, floor::checkIn)
                .add(GET, "/api/v1/attendance", EnumSet.of(Role.CHAIR, Role.SECRETARY, Role.OPERATOR, Role.DISPLAY),
                        floor::list)
                .add(PUT, "/api/v1/attendance/{delegateId}", clerks, floor::mark)
                .add(POST, "/api/v1/speakers", voters, floor::ask)
                .add(GET, "/api/v1/speakers", ApiRouter.ANY_ROLE, floor::queue)
                .add(DELETE, "/api/v1/speakers/{id}", EnumSet.of(Role.DELEGATE, Role.CHAIR, Role.OPERATOR), floor::withdraw)
                .add(POST, "/api/v1/speakers/{id}/floor", chairs, floor::giveFloor)
                .add(POST, "/api/v1/speakers/{id}/end", chairs, floor::endTurn)
                .add(POST, "/api/v1/speakers/{id}/move", chairs, floor::move)
                .add(GET, "/api/v1/floor", ApiRouter.ANY_ROLE, floor::floor)
                .add(GET, "/api/v1/respondents", ApiRouter.ANY_ROLE, floor::respondents)
                .add(GET, "/api/v1/questions", EnumSet.of(Role.RESPONDENT), floor::questions)
                .add(POST, "/api/v1/opinions", voters, notes::send)
                .add(GET, "/api/v1/opinions", chairs, notes::inbox)
                .add(GET, "/api/v1/opinions/mine", voters, notes::mine)
                .add(POST, "/api/v1/opinions/{id}/status", chairs, notes::mark)
                .add(POST, "/api/v1/operator/notices", operator, notes::post)
                .add(GET, "/api/v1/notices", ApiRouter.ANY_ROLE, notes::notices)
                .add(GET, "/api/v1/documents", ApiRouter.ANY_ROLE, documents::library)
                .add(GET, "/api/v1/documents/search", ApiRouter.ANY_ROLE, documents::search)
                .add(GET, "/api/v1/documents/{id}/file", ApiRouter.ANY_ROLE, documents::file)
                .add(GET, "/api/v1/documents/{id}/thumbnail", ApiRouter.ANY_ROLE, documents::thumbnail)
                .add(GET, "/api/v1/documents/{id}/notes", ApiRouter.ANY_ROLE, documents::notes)
                .add(POST, "/api/v1/documents/{id}/notes", ApiRouter.ANY_ROLE, documents::addNote)
                .add(DELETE, "/api/v1/documents/{id}/notes/{noteId}", ApiRouter.ANY_ROLE, documents::deleteNote)
                .add(GET, "/api/v1/documents/{id}/readers", chairs, documents::readers)
                .add(GET, "/api/v1/operator/documents/paper-saved", operator, documents::paperSaved)
                .add(POST, "/api/v1/operator/documents", operator, documents::publish)
                .add(POST, "/api/v1/operator/documents/{id}/versions", operator, documents::replace)
                .add(DELETE, "/api/v1/operator/documents/{id}", operator, documents::withdraw);
    }
}
