package vn.chibo.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the content module alone on an in-memory H2, migrated by Flyway, for its integration tests. */
@SpringBootApplication
public class ContentTestApplication {}
