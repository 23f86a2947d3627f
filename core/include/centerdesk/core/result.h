#pragma once

#include "centerdesk/core/error.h"

#include <optional>
#include <utility>
#include <variant>

namespace centerdesk::core {

// A value or an Error: what every fallible core function returns.
template<typename T> class [[nodiscard]] Result final
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts implicitly
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const noexcept { return m_data.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    T* operator->() { return &std::get<0>(m_data); }
    const T& operator*() const& { return std::get<0>(m_data); }
    T& operator*() & { return std::get<0>(m_data); }

    const Error& error() const& { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success or an Error, for actions that produce no value.
template<> class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    const Error& error() const& { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace centerdesk::core
