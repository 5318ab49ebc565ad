/* tacitus serve — not written yet. */
#include "cli/cli.h"

int cli_cmd_serve(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'serve' is not available in this build yet");
    return 2;
}
