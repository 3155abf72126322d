package vn.chibo.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                .resideInAPackage("vn.chibo.localapi..")
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

    /** Features register with the chat; none imports another's insides in a circle (library's ModularArchitectureTest). */
    @Test
    void theBotsPackagesFormNoCycles() {
        slices().matching("vn.chibo.bot.(*)..").should().beFreeOfCycles().check(CHIBO);
    }

    /** The router knows handlers, not features: the chat core imports no feature package. */
    @Test
    void theChatCoreKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("vn.chibo.bot.chat..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.chibo.bot.meeting..",
                        "vn.chibo.bot.commendation..",
                        "vn.chibo.bot.people..",
                        "vn.chibo.bot.reminder..",
                        "vn.chibo.bot.status..")
                .check(CHIBO);
    }

    /** Only the Telegram edge speaks Telegram's types; everything else speaks chibo's (Incoming, Outgoing). */
    @Test
    void onlyTheTelegramEdgeKnowsTelegram() {
        noClasses()
                .that()
                .resideInAPackage("vn.chibo.bot..")
                .and()
                .resideOutsideOfPackages("vn.chibo.bot.telegram..", "vn.chibo.bot.intake..", "vn.chibo.bot.delivery..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.telegram..")
                .check(CHIBO);
    }
}
