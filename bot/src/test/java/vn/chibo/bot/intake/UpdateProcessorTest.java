package vn.chibo.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.bot.chat.UpdateHandler;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/** One update that fails, however it fails, is counted, retried, then set aside; running out of memory stops. */
class UpdateProcessorTest {

    static final long CHAT = 77;
    static final String HELP = "{\"update_id\":9,\"message\":{\"message_id\":1,\"date\":1700000000,"
            + "\"chat\":{\"id\":77,\"type\":\"private\"},\"from\":{\"id\":77,\"is_bot\":false,\"first_name\":\"An\"},"
            + "\"text\":\"/help\"}}";

    final Inbox inbox = mock(Inbox.class);
    final UpdateHandler handler = mock(UpdateHandler.class);
    final DeliveryQueue queue = mock(DeliveryQueue.class);
    final FatalErrors fatal = mock(FatalErrors.class);
    final TransactionTemplate tx = new TransactionTemplate(transactions());
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final UpdateProcessor processor =
            new UpdateProcessor(inbox, handler, queue, tx, fatal, new IntakeMetrics(registry));
    final Inbox.Stored poison = new Inbox.Stored(9, CHAT, HELP, 0);

    /** How often the update was marked handled so far: until then it is the chat's next. */
    private int handledCalls() {
        return (int) org.mockito.Mockito.mockingDetails(inbox).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("markHandled"))
                .count();
    }

    static PlatformTransactionManager transactions() {
        PlatformTransactionManager manager = mock(PlatformTransactionManager.class);
        when(manager.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return manager;
    }

    @Test
    void anErrorIsThatUpdatesAloneItIsSetAsideAfterThreeAttemptsWithAnApology() {
        when(inbox.nextUnhandled(CHAT)).thenAnswer(call -> handledCalls() == 0 ? List.of(poison) : List.of());
        when(handler.handle(any())).thenThrow(new StackOverflowError());
        when(inbox.recordFailure(9, "StackOverflowError")).thenReturn(1, 2, 3);
        when(inbox.lockUnhandled(9)).thenReturn(Optional.of(poison));
        List<Outgoing> apology = List.of(Outgoing.text(CHAT, "Xin lỗi đồng chí"));
        when(handler.apologise(any())).thenReturn(apology);

        processor.drain(CHAT);

        verify(handler, times(3)).handle(any());
        verify(inbox).markHandled(9, "gave up: StackOverflowError");
        verify(queue).enqueueAll(apology);
        verify(fatal, never()).outOfMemory(anyLong(), any());
        assertThat(registry.get("chibo.updates.failed").counter().count()).isEqualTo(3);
        assertThat(registry.get("chibo.updates.set.aside").counter().count())
                .as("the metric an operator alerts on")
                .isEqualTo(1);
        assertThat(registry.get("chibo.updates.handled").timer().count()).isZero();
    }

    @Test
    void runningOutOfMemoryCountsTheAttemptAndStopsTheProcess() {
        when(inbox.nextUnhandled(CHAT)).thenReturn(List.of(poison));
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        when(handler.handle(any())).thenThrow(oom);

        assertThatThrownBy(() -> processor.drain(CHAT)).isSameAs(oom);

        verify(inbox).recordFailure(9, "OutOfMemoryError");
        verify(fatal).outOfMemory(9, oom);
        verify(handler, times(1)).handle(any());
        verify(inbox, never()).markHandled(eq(9L), anyString());
        assertThat(oom.getMessage()).isEqualTo("Java heap space");
    }
}
