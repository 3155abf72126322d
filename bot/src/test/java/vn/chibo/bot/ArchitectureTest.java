package vn.chibo.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: bot → scheduler → content; only the bot knows Telegram exists. */
class ArchitectureTest {

    static final JavaClasses CHIBO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.chibo");

    @Test
    void contentAndSchedulerKnowNothingOfTelegram() {
        noClasses()
                .that()
                .resideInAnyPackage("vn.chibo.content..", "vn.chibo.scheduler..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.telegram..")
                .check(CHIBO);
    }

    @Test
    void contentDoesNotDependOnSchedulerOrBot() {
        noClasses()
                .that()
                .resideInAPackage("vn.chibo.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.chibo.scheduler..", "vn.chibo.bot..")
                .check(CHIBO);
    }

    @Test
    void schedulerDoesNotDependOnBot() {
        noClasses()
                .that()
                .resideInAPackage("vn.chibo.scheduler..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.chibo.bot..")
                .check(CHIBO);
    }

    @Test
    void theLocalBotApiServerStandsApartFromTheBotItServes() {
        noClasses()
                .that()
                .resideInAPackage("vn.chibo.bot.localapi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.chibo.content..",
                        "vn.chibo.scheduler..",
                        "vn.chibo.bot.chat..",
                        "vn.chibo.bot.intake..",
                        "vn.chibo.bot.delivery..",
                        "vn.chibo.bot.telegram..",
                        "org.telegram..")
                .check(CHIBO);
    }
}
