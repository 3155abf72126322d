package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolutionValidityTest {

    @Test
    void moreThanHalfOfTheOfficialMembersMustAgree() {
        var nineOfficialsFiveAgree = ResolutionValidity.check(Fixtures.attendance(7, 2, 0, 0, 0), new Votes(5, 2, 0));
        var tenOfficialsFiveAgree = ResolutionValidity.check(Fixtures.attendance(8, 2, 0, 0, 0), new Votes(5, 3, 0));

        assertThat(nineOfficialsFiveAgree.base()).isEqualTo(9);
        assertThat(nineOfficialsFiveAgree.valid()).isTrue();
        assertThat(tenOfficialsFiveAgree.base()).isEqualTo(10);
        assertThat(tenOfficialsFiveAgree.valid())
                .as("exactly half is not more than half")
                .isFalse();
    }

    @Test
    void absentExemptMembersLeaveTheBaseButPresentOnesCount() {
        var outcome = ResolutionValidity.check(Fixtures.attendance(6, 0, 0, 1, 3), new Votes(4, 3, 0));

        assertThat(outcome.base()).isEqualTo(7);
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void probationaryMembersDoNotVote() {
        var attendance = Fixtures.attendance(4, 0, 3, 0, 0);

        assertThat(ResolutionValidity.check(attendance, new Votes(3, 1, 0)).base())
                .isEqualTo(4);
        assertThat(ResolutionValidity.addsUp(attendance, new Votes(4, 0, 0))).isTrue();
        assertThat(ResolutionValidity.addsUp(attendance, new Votes(5, 0, 0)))
                .as("only 4 voters present")
                .isFalse();
    }

    @Test
    void absentOfficialMembersStayInTheBase() {
        var outcome = ResolutionValidity.check(Fixtures.attendance(4, 5, 0, 0, 0), new Votes(4, 0, 0));

        assertThat(outcome.base()).isEqualTo(9);
        assertThat(outcome.valid())
                .as("4 of 9 is not more than half, however unanimous the room")
                .isFalse();
    }
}
