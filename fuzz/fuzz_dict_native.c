/* libFuzzer harness: the native dictionary reader on arbitrary bytes. A
 * file it accepts must also survive the image round trip with the same
 * record counts. */
#include "dict/native.h"
#include "dict/image.h"
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_dict_model m;
    tac_error err;
    tac_dict_model_init(&m);
    tac_status st = tac_dict_parse_native(&m, "fuzz.tac", (const char *)data, size, &err);
    if (st != TAC_OK) {
        if (err.position > size || (st != TAC_ERR_NOMEM && err.line == 0))
            abort();
    } else {
        tac_buf img;
        if (tac_dict_image_build(&m, &img, &err) == TAC_OK) {
            tac_dict_model back;
            tac_dict_model_init(&back);
            if (tac_dict_image_parse(&back, "fuzz", img.data, img.len, 0, &err) != TAC_OK ||
                back.nactors != m.nactors || back.nagents != m.nagents || back.nverbs != m.nverbs ||
                back.nsynsets != m.nsynsets || back.ndiscards != m.ndiscards)
                abort();
            tac_dict_model_free(&back);
            tac_buf_free(&img);
        }
    }
    tac_dict_model_free(&m);
    return 0;
}
