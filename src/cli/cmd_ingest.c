/* tacitus ingest — not written yet. */
#include "cli/cli.h"

int cli_cmd_ingest(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'ingest' is not available in this build yet");
    return 2;
}
