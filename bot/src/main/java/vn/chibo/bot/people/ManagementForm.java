package vn.chibo.bot.people;

import vn.chibo.bot.chat.form.Form;
import vn.chibo.content.access.Actor;

/** A form only office users and administrators may use. */
abstract class ManagementForm implements Form {

    @Override
    public boolean allows(Actor actor) {
        return actor.canManage();
    }
}
