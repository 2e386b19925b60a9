import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FileNameTest {

    @Test
    void baseNameOfASimpleName() {
        assertEquals("report", FileName.baseName("report.pdf"), "baseName(\"report.pdf\")");
    }

    @Test
    void baseNameKeepsEarlierDots() {
        assertEquals("archive.tar", FileName.baseName("archive.tar.gz"),
                "baseName(\"archive.tar.gz\")");
    }

    @Test
    void baseNameOfANameWithoutADotIsTheWholeName() {
        assertEquals("README", FileName.baseName("README"), "baseName(\"README\")");
    }

    @Test
    void extensionOfASimpleName() {
        assertEquals("pdf", FileName.extension("report.pdf"), "extension(\"report.pdf\")");
    }

    @Test
    void extensionIsWhatFollowsTheLastDot() {
        assertEquals("gz", FileName.extension("archive.tar.gz"), "extension(\"archive.tar.gz\")");
    }

    @Test
    void extensionOfOneLetter() {
        assertEquals("c", FileName.extension("main.c"), "extension(\"main.c\")");
    }

    @Test
    void aNameEndingInADotHasAnEmptyExtension() {
        assertEquals("", FileName.extension("notes."), "extension(\"notes.\")");
    }

    @Test
    void aNameWithoutADotHasNoExtension() {
        assertEquals("", FileName.extension("README"), "extension(\"README\")");
    }

    @Test
    void baseNameDotAndExtensionMakeTheWholeName() {
        String name = "photo.2024.jpeg";
        assertEquals(name, FileName.baseName(name) + "." + FileName.extension(name),
                "baseName + \".\" + extension of \"photo.2024.jpeg\"");
    }
}
