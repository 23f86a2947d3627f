// Boost.JSON, compiled into core (its header-only form): no Boost library
// to link or to ship, from the same Debian package as Boost's headers.
#include <boost/json/src.hpp>
