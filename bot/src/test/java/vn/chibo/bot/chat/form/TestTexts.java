package vn.chibo.bot.chat.form;

import java.lang.reflect.Constructor;
import vn.chibo.bot.text.Texts;

/** The real message bundle, for unit tests outside its package. */
public final class TestTexts {

    private TestTexts() {}

    public static Texts real() {
        try {
            Constructor<Texts> constructor = Texts.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
