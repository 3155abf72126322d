package vn.chibo.bot.chat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's own settings; a person who never chose has the defaults. */
@Repository
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the person wants a form's intermediate messages deleted once it is saved; off by default. */
    public boolean tidiesAfterSave(long userId) {
        return jdbc.sql("SELECT tidy_after_save FROM user_preference WHERE user_id = ?")
                .param(userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void setTidyAfterSave(long userId, boolean on) {
        int updated = jdbc.sql("UPDATE user_preference SET tidy_after_save = ? WHERE user_id = ?")
                .params(on, userId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO user_preference (user_id, tidy_after_save) VALUES (?, ?)")
                    .params(userId, on)
                    .update();
        }
    }
}
