package vn.chibo.bot.commendation;

import java.util.ArrayList;
import java.util.List;

/** Where /khenthuong_ds stands: its filters, its page, the picker open. Kept as JSON in the conversation. */
public final class CommendationListState {
    public Integer year;
    public String form;
    public String issuer;
    public String recipient;
    public int page;
    /** "year", "form" or "issuer" while a picker is open; null on the list. */
    public String picker;

    public List<String> options = new ArrayList<>();
}
