public class FileName {

    /**
     * The part of the file name after its last dot, without the dot:
     * "report.pdf" gives "pdf". A name without a dot has no extension: "".
     */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot == -1) {
            return "";
        }
        return name.substring(dot + 1);
    }

    /**
     * The file name without its last dot and what follows it:
     * "report.pdf" gives "report". A name without a dot is returned whole.
     */
    public static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot == -1) {
            return name;
        }
        return name.substring(0, dot);
    }
}
