package vn.chibo.localapi;

/** A callback query as the user's phone waits on it: answered or not, with what. */
public final class OpenCallback {
    final long userId;
    volatile boolean answered;
    volatile String text;
    volatile boolean alert;

    OpenCallback(long userId) {
        this.userId = userId;
    }

    void answer(String text, boolean alert) {
        this.text = text;
        this.alert = alert;
        this.answered = true;
    }

    public boolean answered() {
        return answered;
    }

    public String text() {
        return text;
    }

    public boolean alert() {
        return alert;
    }
}
