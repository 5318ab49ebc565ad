/* tacitus export — not written yet. */
#include "cli/cli.h"

int cli_cmd_export(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'export' is not available in this build yet");
    return 2;
}
