# Prints the SQL of the blocks of a docs page that are marked, on the line
# before their ```sql fence, "<!-- recipe: PART -->" (awk -v part=PART), so
# that the benchmark builds exactly the schema the page shows.
$0 == "<!-- recipe: " part " -->" { marked = 1; next }
marked && $0 == "```sql" { inblock = 1; marked = 0; next }
inblock && $0 == "```" { inblock = 0; next }
inblock { print; next }
{ marked = 0 }
