package vn.chibo.bot.people;

import java.util.function.Function;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.OrganisationChanges;

/** A form only office users and administrators may use. */
abstract class ManagementForm implements Form {

    @Override
    public boolean allows(Actor actor) {
        return actor.canManage();
    }

    /**
     * What the office is told when a change was refused: the name is already there ({@code exists} is given the
     * unit that has it), or the unit or member is no longer theirs to change.
     */
    static Saved refusal(OrganisationChanges.Result.Refused refused, Function<String, String> exists, Texts texts) {
        return Saved.refused(
                refused.reason() == OrganisationChanges.Reason.ALREADY_THERE
                        ? exists.apply(refused.where().name())
                        : texts.t("access.denied"));
    }
}
