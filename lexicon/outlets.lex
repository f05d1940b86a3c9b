# News outlets: `Canonical | other names | host names`. Regional editions list the regional
# form as an alias of the parent.

[outlets]
ANTARA | Antara | ANTARA News | Antaranews | antaranews.com
Liputan6.com | Liputan6 | liputan6.com
Kompas.com | KOMPAS.com | Kompas | kompas.com
Kontan | KONTAN.CO.ID | Kontan.co.id | kontan.co.id
