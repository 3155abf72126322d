package vn.chibo.bot.chat.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;

/**
 * Every form and flow has a Mermaid diagram beside it ({@code <Form>.mmd}) that names each of its questions or steps
 * as a state, so the picture a newcomer reads cannot drift from what runs.
 */
class FormDiagramsTest {

    static final Pattern TRANSITION =
            Pattern.compile("^\\s*(\\w+|\\[\\*])\\s*-->\\s*(\\w+|\\[\\*])", Pattern.MULTILINE);

    @Test
    void everyFormsDiagramNamesEveryQuestion() throws Exception {
        List<Class<?>> forms = all(Form.class);
        assertThat(forms).as("forms found").hasSizeGreaterThanOrEqualTo(12);

        for (Class<?> type : forms) {
            Path diagram = Path.of("src/main/java", type.getName().replace('.', '/') + ".mmd");
            assertThat(diagram).as("the diagram of " + type.getSimpleName()).exists();
            Set<String> states = states(Files.readString(diagram));
            List<String> keys = ((Form) instantiate(type))
                    .questions().stream().map(Question::key).toList();

            assertThat(states)
                    .as(diagram + " names every question of " + type.getSimpleName())
                    .containsAll(keys);
        }
    }

    @Test
    void everyFlowsDiagramNamesEveryStep() throws Exception {
        List<Class<?>> flows = all(Flow.class);
        assertThat(flows).as("flows found").hasSizeGreaterThanOrEqualTo(2);

        for (Class<?> type : flows) {
            Path diagram = Path.of("src/main/java", type.getName().replace('.', '/') + ".mmd");
            assertThat(diagram).as("the diagram of " + type.getSimpleName()).exists();
            List<String> steps = ((Flow<?>) instantiate(type)).steps();

            assertThat(states(Files.readString(diagram)))
                    .as(diagram + " names every step of " + type.getSimpleName())
                    .containsAll(steps);
        }
    }

    @Test
    void theStatesOfADiagramAreItsTransitionsEnds() {
        String diagram = "stateDiagram-v2\n    [*] --> kind\n    kind --> date: typed\n    date --> [*]\n";

        assertThat(states(diagram)).containsExactly("kind", "date");
    }

    static Set<String> states(String diagram) {
        Set<String> states = new LinkedHashSet<>();
        Matcher m = TRANSITION.matcher(diagram);
        while (m.find()) {
            for (String state : List.of(m.group(1), m.group(2))) {
                if (!state.equals("[*]")) {
                    states.add(state);
                }
            }
        }
        return states;
    }

    static List<Class<?>> all(Class<?> kind) throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(kind));
        // What chibo runs are components; a test's own sample is not.
        scanner.addExcludeFilter(
                (reader, factory) -> !reader.getAnnotationMetadata().hasAnnotation(Component.class.getName()));
        List<Class<?>> forms = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.chibo.bot")) {
            forms.add(Class.forName(candidate.getBeanClassName()));
        }
        return forms;
    }

    /** A form or flow with its collaborators stood in for: declaring its questions or steps reads none of them. */
    static Object instantiate(Class<?> type) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        Object[] arguments = new Object[constructor.getParameterCount()];
        Class<?>[] parameters = constructor.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = parameters[i] == Texts.class
                    ? TestTexts.real()
                    : parameters[i] == Clock.class ? Clock.systemDefaultZone() : mock(parameters[i]);
        }
        return constructor.newInstance(arguments);
    }
}
