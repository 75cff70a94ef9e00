"""Chart builders, one module per capability: pure ``DataFrame -> go.Figure`` functions, tested without Streamlit."""
