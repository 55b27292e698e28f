#include "tollgate_simdjson.h"

#include <simdjson.h>

bool tollgate_is_valid_utf8(const unsigned char *bytes, size_t length) {
  if (length == 0) return true;
  return simdjson::validate_utf8(reinterpret_cast<const char *>(bytes), length);
}
