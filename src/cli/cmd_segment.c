/* tacitus segment — not written yet. */
#include "cli/cli.h"

int cli_cmd_segment(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'segment' is not available in this build yet");
    return 2;
}
