package vn.chibo.content.dues;

/** How a member paid: in cash to the cell, or online through the Party's payment service. */
public enum Channel {
    CASH,
    ONLINE
}
