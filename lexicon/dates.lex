# Month and weekday names for the date rules: `number | names...` is read by src/extract/date.rs.

[months]
januari
