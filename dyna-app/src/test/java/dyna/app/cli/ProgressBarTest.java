package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsRunsDoneOnOneLineAndEndsIt() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 4, true);
        bar.update(4);
        assertTrue(text.toString().startsWith("\r  [##############################] 4/4 runs"), text.toString());
        assertTrue(text.toString().endsWith(System.lineSeparator()));
    }

    @Test
    void isSilentWhenTheOutputIsNotATerminal() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 4, false);
        bar.update(1);
        bar.update(4);
        assertEquals("", text.toString());
    }
}
