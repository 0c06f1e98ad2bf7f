// Holds the precompiled headers the tests share (cmake/PrecompiledHeaders.cmake).
