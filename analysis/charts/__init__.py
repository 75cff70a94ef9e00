"""Pure chart builders: tidy DataFrame in, Plotly figure out; shared by the dashboard and the report."""
